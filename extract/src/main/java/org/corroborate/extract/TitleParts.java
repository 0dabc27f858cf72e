package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of titles: their parts split at site-name separators ("Headline | Site", "Site » Headline"), the
 * parts that name the site, and the comparison key under which a heading and a metadata title count as equal.
 * Stateless; all methods are pure functions of their arguments.
 */
final class TitleParts {

    /** Separators between a headline and a site or section name. */
    static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-\u2013\u2014\u00b7\u2022\u203a\u00bb\u2039\u00ab~]+\\s+"
            + "|\\s*::\\s*|\\s+/\\s+|\\s*\\|\\s*");
    private static final Pattern TYPOGRAPHIC_DASH = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");
    private static final Pattern TYPOGRAPHIC_DOUBLE_QUOTE = Pattern.compile("[\u201c\u201d\u201e\u201f]");

    private TitleParts() {
    }

    /**
     * The title without the site's name: when the site name is known and one of the title's parts (split at
     * separators) names it, the title without that part and its separator ("Korsetts - Shops, online kaufen" has
     * no part naming the site "Pinup-Fashion.de" and stays whole); otherwise {@link #head(String)} (the host labels
     * name a site part too).
     */
    static String head(String title, String siteName, HostLabels host) {
        String stripped = title.strip();
        String site = usable(siteName) ? key(siteName) : null;
        Matcher separator = SEPARATOR.matcher(stripped);
        int start = 0;
        List<int[]> parts = new ArrayList<>();
        while (separator.find()) {
            parts.add(new int[] {start, separator.start(), separator.end()});
            start = separator.end();
        }
        parts.add(new int[] {start, stripped.length(), stripped.length()});
        if (parts.size() < 2) {
            return stripped;
        }
        int[] last = parts.get(parts.size() - 1);
        int[] first = parts.get(0);
        if (namesSite(stripped.substring(last[0], last[1]), site, host)) {
            return stripped.substring(0, parts.get(parts.size() - 2)[1]).strip();
        }
        if (namesSite(stripped.substring(first[0], first[1]), site, host)) {
            return longestPart(stripped.substring(first[2]).strip()); // "Site » Blog Archive » Headline"
        }
        return site == null ? head(stripped) : stripped;
    }


    /** Whether a heading's last part (after a separator) names the site. */
    static boolean endsWithSiteName(String heading, String siteName, HostLabels host) {
        String[] parts = SEPARATOR.split(heading.strip());
        return parts.length > 1 && namesSite(parts[parts.length - 1], usable(siteName) ? key(siteName) : null, host);
    }


    /** The JSON-LD headline without a last or first part naming the site; else whole. */
    static String withoutSiteName(String headline, String siteName, HostLabels host) {
        String[] parts = SEPARATOR.split(headline.strip());
        String site = usable(siteName) ? key(siteName) : null;
        if (parts.length < 2 || !namesSite(parts[parts.length - 1], site, host) && !namesSite(parts[0], site, host)) {
            return headline.strip();
        }
        return head(headline, siteName, host);
    }


    /** The longest of the parts of a title split at separators. */
    private static String longestPart(String title) {
        String longest = "";
        for (String part : SEPARATOR.split(title)) {
            if (part.strip().length() > longest.length()) {
                longest = part.strip();
            }
        }
        return longest.isEmpty() ? title : longest;
    }


    /** Whether a title part is the site's name ({@code site} already a {@link #key}), or holds it, or is held by it. */
    private static boolean namesSite(String part, String site, HostLabels host) {
        String k = key(part);
        return !k.isEmpty() && (site != null && (k.equals(site) || k.contains(site) || site.contains(k))
                || host.names(part));
    }


    /** The title parts without those that name the site by its host name; all of them when that leaves none. */
    static String[] withoutHostParts(String[] parts, HostLabels host) {
        String[] kept = java.util.Arrays.stream(parts).filter(p -> !host.names(p)).toArray(String[]::new);
        return kept.length == 0 ? parts : kept;
    }


    /** The title without trailing site or section names: its first part when the parts after it are short. */
    static String head(String title) {
        String[] parts = SEPARATOR.split(title.strip());
        if (parts.length < 2 || parts[0].isBlank()) {
            return title.strip();
        }
        return parts[0].strip();
    }


    static boolean usable(String s) {
        return s != null && !s.isBlank() && !s.strip().equalsIgnoreCase("null");
    }


    /**
     * The comparison key of a title or headline: collapsed, lower-cased, with typographic dashes and quotes written
     * plainly (a page often types "Headline \u2013 subtitle" in its heading and "Headline - subtitle" in its title).
     */
    static String key(String s) {
        return TYPOGRAPHIC_DASH.matcher(TYPOGRAPHIC_DOUBLE_QUOTE.matcher(TextUnit.collapse(s).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201a', '\'')).replaceAll("\""))
                .replaceAll("-");
    }
}
