package org.corroborate.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises person names and byline lines, and cleans author lists. */
final class Bylines {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.,]$");
    private static final Pattern INITIAL_AT_END = Pattern.compile("\\b\\p{Lu}\\.$");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^.]]+$");

    /**
     * Where raw author strings come from: metadata, an element marked as the author, other post metadata, the page's
     * copyright notice (read apart from the others as {@code HtmlMetadata.copyrightHolder}: a last resort, after the
     * text's own byline, and only on a person's own site).
     */
    enum Source { METADATA, AUTHOR_ELEMENT, POST_META, COPYRIGHT }

    /** Raw author strings from one source. */
    record Candidate(List<String> names, Source source) {
        Candidate {
            names = List.copyOf(names);
        }
    }

    /** A byline line read apart: the authors and the outlet it names (nullable). */
    record Parsed(List<String> names, String outlet) {
    }

    private static final Pattern BY = Pattern.compile(
            "(?i)^(?:(?:written|reported|posted|story|words|text|photos?)\\s+)?"
            + "(?:by|von|vom|por|par|di|door|av|af)[:\\s]+(.+)$");
    /** "Veröffentlicht von", "Posted by", "Autor:" and the like, the name possibly glued to the cue. */
    private static final Pattern CUE = Pattern.compile("(?iu)^(?:(?:ver\u00f6ffentlicht|geschrieben|verfasst|erstellt|"
            + "posted|written|published|gepostet|eingestellt|gespeichert|beitrag|artikel|alles|mehr|publi\u00e9|"
            + "\u00e9crit|publicado|escrito|pubblicato|scritto|(?:zum\\s+)?profil)\\s+(?:von|by|par|por|da|di)\\s*:?"
            + "|(?:autor(?:in)?|author|verfasser(?:in)?|auteur|redaktion|interview|text|written by|von|by)\\s*:"
            + "|(?:autor(?:in)?|author|verfasser(?:in)?|auteur)\\s+(?=\\p{Lu}))"
            + "\\s*(.+)$");
    /** A cue inside a line of page metadata: "Posted on May 3, 2020 by Jane Doe". */
    private static final Pattern INNER_BY = Pattern.compile(
            "(?u)\\s(?:[Bb]y|[Vv]on|par|por|door)\\s*:?\\s+(\\p{Lu}.*)$");
    /** A trailing clause after a name: "am Samstag", "on March 3", "said", "says", a parenthesis. */
    private static final Pattern TRAILER = Pattern.compile("(?iu)\\s+(?:(?:am|on|at)\\s+.*|said|says|"
            + "schreibt|sagt|\\(.*|(?:illustrations?|fotos?|photos?|bilder?)\\s+(?:von|by)\\s.*)\\s*[:,]?$");
    /** A weekday left after a name when a date follows it ("Jane Doe Thursday, May 4"), or alone. */
    private static final Pattern TRAILING_WEEKDAY = Pattern.compile("(?iu)(?:^|\\s+)(?:monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$");
    /** A photo credit, which names the photographer, not the author: "Foto: Jane Doe", "Photo by Jane Doe". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?iu)^(?:fotos?|photos?|bild(?:er)?|images?)"
            + "(?:\\s*:|\\s+(?:by|von)\\b).*");
    /** A link label or a role left after a name: "Jane Doe Alle Artikel", "Jane Doe Chefredakteurin". */
    private static final Pattern TRAILING_LINK_LABEL = Pattern.compile("(?iu)\\s+(?:alle artikel|alle beitr\u00e4ge|"
            + "all posts|all articles|more articles|mehr artikel|(?:chef)?redakteur(?:in)?|editor-in-chief|"
            + "chief editor|senior editor)$");
    /** A separator left before a byline cut from a metadata line: "| Autor: Jane Doe". */
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[|\u00b7\u2022\u2013\u2014-]+\\s*");
    /** A name written twice in a row, as a link's text and its title: "Jane Doe Jane Doe", "jdoe jdoe". */
    private static final Pattern DOUBLED = Pattern.compile("^(\\S{3,}(?:\\s+\\S+)*)\\s+\\1$");
    /** A name with an agency's short name glued after a slash: "Jane Doe/AP", "Jane Doe/SP-X". */
    private static final Pattern AGENCY_SUFFIX = Pattern.compile("(?u)^(\\S+\\s.*\\p{Ll})/\\p{Lu}[\\p{Lu}\\d-]{1,10}$");
    /** Words that label a byline without naming anyone. */
    private static final Set<String> LABELS = Set.of("posted", "posted on", "posted by", "published", "published on",
            "published by", "written by", "by", "von",
            "name", "follow", "no author", "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore",
            "autor:", "ver\u00f6ffentlicht", "ver\u00f6ffentlicht am", "publiziert", "publiziert am", "admin",
            "unknown", "anonymous", "anonym", "redaktion", "editor", "share", "teilen", "kommentare", "comments",
            "datum", "date", "quelle", "source", "phd", "md", "msc", "mph", "rd", "rdn");
    /** A user name: one token of letters with digits or inner dots, such as "freeman1984" or "Isabella.DiBiase". */
    private static final Pattern HANDLE = Pattern.compile("(?iu)(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
            + "\\d)(?=\\S*[\\d.])\\p{L}[\\p{L}\\d._-]*[\\p{L}\\d]");
    private static final Pattern NAME_THEN_OUTLET = Pattern.compile("^(.+?)\\s+[/|\u2013\u2014]\\s+(.+)$");
    private static final Pattern SPLIT = Pattern.compile("\\s*[,;&]\\s*|\\s+(?:and|und|y|et|e)\\s+");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*|\\p{Lu}\\.");
    private static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "der", "den", "van", "von", "la",
            "le", "di", "du", "bin", "al", "el", "dos", "das", "ten", "ter", "y");
    private static final Set<String> NOT_NAME_WORDS = Set.of("the", "a", "an", "in", "on", "of", "for", "to", "at",
            "and", "or", "with", "from", "more", "news", "about", "home", "world", "politics", "business", "opinion",
            "sport", "sports", "live", "video", "photos", "archived", "related", "comments", "menu", "search",
            "subscribe", "share", "close", "read", "latest", "top", "stories", "edition", "international",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "president", "minister", "secretary", "senator", "staff", "reporter", "correspondent", "editor",
            "contributor", "updated", "published", "posted", "advertisement", "sponsored", "recommended",
            "information", "week", "day", "today", "yesterday", "new", "breaking", "analysis", "summit", "war",
            "is", "are", "was", "says", "said", "will", "has", "have", "not", "this", "that", "we", "our", "your");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(news|press|presse|agency|agence|agencia|"
            + "times|post|journal|tribune|herald|gazette|media|staff|desk|network|newsroom|reuters|afp|ap|dpa|"
            + "bloomberg|wire|service|services|daily|weekly|magazine|radio|television|tv|online|group|"
            + "associated|editorial|redaktion|redacci[o\u00f3]n|correspondents?|writers?|reporters?)\\b");
    /** Words that make a name an organisation's: "Hanns-Seidel-Stiftung e.V.", "Caritasverband", "Web Design GmbH". */
    private static final Pattern INSTITUTION = Pattern.compile("(?iu)(?:stiftung|verband|verein|gesellschaft|"
            + "anstalt|institut|gmbh)\\b|\\be\\.\\s?v\\.|\\b(?:foundation|institute|university|universit\u00e4t|"
            + "ministry|ministerium|inc|ltd|llc)\\b");
    /** A plural or gender mark after a label: "Auteur(s)", "Autor(in)", the closing parenthesis maybe cut off. */
    private static final Pattern PLURAL_MARK = Pattern.compile("\\((?:s|in|innen|es)\\)?$");
    /** A host name used as a name: "finanztreff.de", "LAOLA1.at". */
    private static final Pattern HOST_NAME = Pattern.compile("(?iu)^[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|net|"
            + "org|info|biz|news|online|eu|de|at|ch|it|fr|es|pt|nl|be|lu|dk|se|no|fi|pl|cz|ru|uk|us|ca|au|nz|jp|in|io|"
            + "tv|me|bz|cl|mx|ar|br|co)$");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");
    /** A social-media handle written after a name: "@jdoe". */
    private static final Pattern SOCIAL_HANDLE = Pattern.compile("(?<!\\S)@\\w+");

    private Bylines() {
    }

    /** True when {@code text} is a person's name: 2 to 4 capitalised words (particles such as "van" allowed). */
    static boolean isPersonName(String text) {
        String[] tokens = WHITESPACE.split(text.strip());
        if (tokens.length < 2 || tokens.length > 4) {
            return false;
        }
        int capitalised = 0;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (NOT_NAME_WORDS.contains(TRAILING_STOP.matcher(lower).replaceAll(""))) {
                return false;
            }
            if (NAME_TOKEN.matcher(token).matches() && !token.equals(token.toUpperCase(Locale.ROOT))) {
                capitalised++;
            } else if (NAME_TOKEN.matcher(token).matches() && token.length() <= 2) {
                capitalised++; // an initial such as "J." or "JR"
            } else if (!PARTICLES.contains(token)) {
                return false;
            }
        }
        return capitalised >= 2 && NAME_TOKEN.matcher(tokens[0]).matches();
    }

    /** True when {@code text} is a list of two or more person names separated by commas. */
    static boolean isNameList(String text) {
        String[] items = COMMA.split(text);
        if (items.length < 2) {
            return false;
        }
        for (String item : items) {
            if (!isPersonName(item)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a byline line: "By Jane Doe and John Roe", "Jane Doe / The Daily Planet", "Jane Doe | Planet".
     * A lone name is not a byline here (it may be a topic tag); callers decide.
     */
    static Optional<Parsed> parseLine(String line) {
        String text = line.strip();
        if (WHITESPACE.split(text).length > 16 || text.endsWith(".") && !INITIAL_AT_END.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(text);
        boolean prefixed = by.matches();
        if (prefixed) {
            text = by.group(1).strip();
        }
        String outlet = null;
        Matcher split = NAME_THEN_OUTLET.matcher(text);
        if (split.matches() && WHITESPACE.split(split.group(2)).length <= 6) {
            text = split.group(1);
            outlet = split.group(2).strip();
        }
        List<String> names = new ArrayList<>();
        for (String part : SPLIT.split(text)) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (isPersonName(name)) {
                names.add(name);
            } else if (outlet == null && prefixed && !names.isEmpty() && ORGANISATION.matcher(name).find()) {
                outlet = name;
            } else {
                return Optional.empty();
            }
        }
        if (names.isEmpty() || !prefixed && outlet == null && names.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(List.copyOf(names), outlet));
    }

    /**
     * Cleans author names: strips "By", splits on "and" and commas, drops emails, dates, URLs, outlet names and
     * anything that is not a name; keeps order, no duplicates. Same as {@code clean(raw, outlet, false)}.
     */
    static List<String> clean(List<String> raw, String outlet) {
        return clean(raw, outlet, HostLabels.NONE, Source.METADATA);
    }

    /** Cleans author names as {@link #clean(List, String, HostLabels, Source)} for a page of unknown host. */
    static List<String> clean(List<String> raw, String outlet, Source source) {
        return clean(raw, outlet, HostLabels.NONE, source);
    }

    /**
     * Cleans author names as {@link #clean(List, String)}; in texts of page elements a cue such as "by" or "von" may
     * also stand inside the text ("Posted on May 3 by Jane Doe"), and from post metadata other than an author element
     * a name is kept only when it looks like one: a person's name, a user name, or a short capitalised name after a
     * cue. Names of the site or its publisher are dropped: the outlet, a host name ("finanztreff.de"), an institution
     * ("Hanns-Seidel-Stiftung e.V."), a name the page's host abbreviates ("Deutsche Welle" on {@code dw.com}), and a
     * name of several words, not a person's, that the host names ("Die FURCHE" on {@code furche.at}).
     *
     * @param host the labels of the page's host; {@link HostLabels#NONE} when unknown
     */
    static List<String> clean(List<String> raw, String outlet, HostLabels host, Source source) {
        boolean visible = source != Source.METADATA;
        Set<String> result = new LinkedHashSet<>();
        for (String entry : raw) {
            if (entry == null) {
                continue;
            }
            String text = SOCIAL_HANDLE.matcher(EMAIL.matcher(TextUnit.collapse(entry)).replaceAll(" ")).replaceAll(" ")
                    .replaceFirst("^\\s*(?:\u00a9|\\(c\\))\\s*", "").strip();
            if (text.isEmpty() || text.contains("://") || text.startsWith("www.")
                    || PHOTO_CREDIT.matcher(text).matches()) {
                continue;
            }
            text = LEADING_SEPARATOR.matcher(text).replaceFirst("");
            Matcher cue = CUE.matcher(text);
            if (cue.matches()) {
                text = cue.group(1);
            }
            boolean cued = cue.matches() || source == Source.AUTHOR_ELEMENT;
            Matcher by = BY.matcher(text);
            if (by.matches()) {
                text = by.group(1);
                cued = true;
            } else if (visible && !cue.matches()) {
                Matcher inner = INNER_BY.matcher(text);
                if (inner.find()) {
                    text = inner.group(1);
                    cued = true;
                }
            }
            Matcher split = NAME_THEN_OUTLET.matcher(text);
            if (split.matches()) {
                text = split.group(1);
            }
            for (String before = ""; !before.equals(text); ) { // "Jane said, on May 3": both clauses
                before = text;
                text = TRAILER.matcher(text).replaceFirst("");
            }
            if (INSTITUTION.matcher(text).find() && text.indexOf(',') < 0 && text.indexOf(';') < 0) {
                continue; // one institution's name, "Landesanstalt f\u00fcr Wald und Forstwirtschaft": no "und" split
            }
            for (String part : SPLIT.split(text)) {
                String name = EDGE_PUNCTUATION.matcher(part).replaceAll("").strip();
                name = DOUBLED.matcher(TRAILING_WEEKDAY.matcher(name).replaceFirst("")).replaceFirst("$1");
                name = AGENCY_SUFFIX.matcher(name).replaceFirst("$1");
                name = TRAILING_LINK_LABEL.matcher(name).replaceFirst("");
                if (name.isEmpty() || DIGIT.matcher(name).find() && !HANDLE.matcher(name).matches()
                        || DateText.findDate(name).isPresent()
                        || LABELS.contains(PLURAL_MARK.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst(""))
                        || outlet != null && name.equalsIgnoreCase(outlet)
                        || ORGANISATION.matcher(name).find() || WHITESPACE.split(name).length > 5
                        || namesSite(name, host)
                        || source == Source.POST_META && !looksLikeName(name, cued)) {
                    continue;
                }
                result.add(name);
            }
        }
        return List.copyOf(result);
    }

    /** Whether {@code name} is an institution's or the site's name rather than a person's. */
    private static boolean namesSite(String name, HostLabels host) {
        if (INSTITUTION.matcher(name).find() || HOST_NAME.matcher(name).matches() || host.abbreviates(name)) {
            return true;
        }
        // a name of two or more words that is not a person's and that the host names: "Die FURCHE" on furche.at;
        // a single word may be the owner's user name ("creeny" on creeny.wordpress.com), a person's name the owner's
        return host.names(name) && name.strip().indexOf(' ') > 0 && !isPersonName(name);
    }

    private static boolean looksLikeName(String name, boolean cued) {
        String[] tokens = WHITESPACE.split(name);
        if (isPersonName(name) || tokens.length == 1 && HANDLE.matcher(name).matches()) {
            return true;
        }
        return cued && tokens.length <= 4 && Character.isUpperCase(name.codePointAt(0))
                && !NOT_NAME_WORDS.contains(tokens[0].toLowerCase(Locale.ROOT));
    }
}
