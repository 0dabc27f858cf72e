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

    /** A byline line read apart: the authors and the outlet it names (nullable). */
    record Parsed(List<String> names, String outlet) {
    }

    private static final Pattern BY = Pattern.compile("(?i)^(?:(?:written|reported|posted|story|words|text|photos?)\\s+)?"
            + "(?:by|von|por|par|di|door|av|af)[:\\s]+(.+)$");
    /** "Veröffentlicht von", "Posted by", "Autor:" and the like, the name possibly glued to the cue. */
    private static final Pattern CUE = Pattern.compile("(?iu)^(?:(?:ver\u00f6ffentlicht|geschrieben|verfasst|erstellt|"
            + "posted|written|published|gepostet)\\s+(?:von|by)|autor(?:in)?\\s*:|author\\s*:|verfasser(?:in)?\\s*:)"
            + "\\s*(.+)$");
    private static final Pattern NAME_THEN_OUTLET = Pattern.compile("^(.+?)\\s+[/|\u2013\u2014]\\s+(.+)$");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b)\\s*");
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
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+");

    private Bylines() {
    }

    /** True when {@code text} is a person's name: 2 to 4 capitalised words (particles such as "van" allowed). */
    static boolean isPersonName(String text) {
        String[] tokens = text.strip().split("\\s+");
        if (tokens.length < 2 || tokens.length > 4) {
            return false;
        }
        int capitalised = 0;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (NOT_NAME_WORDS.contains(lower.replaceAll("[.,]$", ""))) {
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
        String[] items = text.split("\\s*,\\s*");
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
        if (text.split("\\s+").length > 16 || text.endsWith(".") && !text.matches(".*\\b\\p{Lu}\\.$")) {
            return Optional.empty();
        }
        Matcher by = BY.matcher(text);
        boolean prefixed = by.matches();
        if (prefixed) {
            text = by.group(1).strip();
        }
        String outlet = null;
        Matcher split = NAME_THEN_OUTLET.matcher(text);
        if (split.matches() && split.group(2).split("\\s+").length <= 6) {
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
     * anything that is not a name; keeps order, no duplicates.
     */
    static List<String> clean(List<String> raw, String outlet) {
        Set<String> result = new LinkedHashSet<>();
        for (String entry : raw) {
            if (entry == null) {
                continue;
            }
            String text = EMAIL.matcher(TextUnit.collapse(entry)).replaceAll(" ").strip();
            if (text.isEmpty() || text.contains("://") || text.startsWith("www.")) {
                continue;
            }
            Matcher cue = CUE.matcher(text);
            if (cue.matches()) {
                text = cue.group(1);
            }
            Matcher by = BY.matcher(text);
            if (by.matches()) {
                text = by.group(1);
            }
            Matcher split = NAME_THEN_OUTLET.matcher(text);
            if (split.matches()) {
                text = split.group(1);
            }
            for (String part : SPLIT.split(text)) {
                String name = part.replaceAll("^[\\s\\p{Punct}]+|[\\s\\p{Punct}&&[^.]]+$", "").strip();
                if (name.isEmpty() || name.matches(".*\\d.*") || DateText.findDate(name).isPresent()
                        || outlet != null && name.equalsIgnoreCase(outlet)
                        || ORGANISATION.matcher(name).find() || name.split("\\s+").length > 5) {
                    continue;
                }
                result.add(name);
            }
        }
        return List.copyOf(result);
    }
}
