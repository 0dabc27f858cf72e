package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline by agreement between its sources: a visible headline element ({@code <h1>}, an element
 * marked as the entry or article title) wins when it equals one of the parts of the metadata titles (JSON-LD
 * headline, Open Graph or Twitter title, {@code <title>}) split at site-name separators; otherwise the JSON-LD
 * headline, then the first part of the Open Graph title, then of {@code <title>}, then the first headline element.
 * Stateless; all methods are pure functions of their arguments.
 */
final class TitleChoice {

    /** Separators between a headline and a site or section name. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014\u00b7\u2022\u203a\u00bb\u2039\u00ab~]+\\s+"
            + "|\\s*::\\s*|\\s+/\\s+");
    private static final int MAX_HEADLINE_WORDS = 40;
    private static final int MAX_HEADLINE_ELEMENTS = 8;

    private TitleChoice() {
    }

    /**
     * The chosen title.
     *
     * @param doc        the parsed page, before pruning; not null
     * @param jsonLd     the JSON-LD headline; nullable
     * @param ogTitle    the Open Graph or Twitter title; nullable
     * @param pageTitle  the {@code <title>} text; nullable
     * @return the title, or null when the page names none
     */
    static String choose(Document doc, String jsonLd, String ogTitle, String pageTitle) {
        List<String> headlines = headlines(doc);
        List<String> metaTitles = new ArrayList<>();
        for (String t : new String[] {jsonLd, ogTitle, pageTitle}) {
            if (usable(t)) {
                metaTitles.add(t);
            }
        }
        String agreed = null;
        for (String h : headlines) {
            if (agrees(h, metaTitles) && (agreed == null || h.length() > agreed.length())) {
                agreed = h; // a site name may agree too (blogs put it in an h1): the longest agreeing one wins
            }
        }
        if (agreed != null) {
            return agreed;
        }
        if (usable(jsonLd)) {
            return jsonLd;
        }
        for (String t : new String[] {ogTitle, pageTitle}) {
            if (usable(t)) {
                return head(t);
            }
        }
        return headlines.isEmpty() ? null : headlines.get(0);
    }

    private static boolean agrees(String headline, List<String> metaTitles) {
        String key = key(headline);
        for (String t : metaTitles) {
            if (key(t).equals(key)) {
                return true;
            }
            for (String part : SEPARATOR.split(t)) {
                if (key(part).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The title without trailing site or section names: its first part when the parts after it are short. */
    static String head(String title) {
        String[] parts = SEPARATOR.split(title.strip());
        if (parts.length < 2 || parts[0].isBlank()) {
            return title.strip();
        }
        return parts[0].strip();
    }

    private static List<String> headlines(Document doc) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.select("h1, [itemprop=headline], .entry-title, .post-title, .article-title, "
                + ".headline, h2")) {
            String text = TextUnit.collapse(e.text());
            if (usable(text) && text.split(" ").length <= MAX_HEADLINE_WORDS && !found.contains(text)) {
                found.add(text);
                if (found.size() >= MAX_HEADLINE_ELEMENTS) {
                    break;
                }
            }
        }
        return found;
    }

    private static boolean usable(String s) {
        return s != null && !s.isBlank() && !s.strip().equalsIgnoreCase("null");
    }

    private static String key(String s) {
        return TextUnit.collapse(s).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
