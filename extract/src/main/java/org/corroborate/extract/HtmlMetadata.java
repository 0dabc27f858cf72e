package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Metadata read from an HTML page before its content is pruned: JSON-LD, Open Graph and other meta tags, the
 * canonical link, {@code <time>} elements, {@code <html lang>}, the headline and byline elements.
 */
final class HtmlMetadata {

    private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "};

    final JsonLd.Facts jsonLd;
    final String title;
    final String titleSuffix;
    final List<String> byline;
    final String siteName;
    final String published;
    final String modified;
    final String language;
    final String url;
    final String canonical;

    HtmlMetadata(Document doc) {
        List<String> scripts = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            scripts.add(script.data());
        }
        jsonLd = JsonLd.read(scripts);
        String ogTitle = meta(doc, "og:title", "twitter:title");
        String h1 = doc.selectFirst("h1") == null ? null : TextUnit.collapse(doc.selectFirst("h1").text());
        String pageTitle = TextUnit.collapse(doc.title());
        String[] split = splitSuffix(pageTitle);
        titleSuffix = split[1];
        siteName = first(jsonLd.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"));
        title = first(jsonLd.headline(), withoutSuffix(ogTitle), blankToNull(h1), blankToNull(split[0]));
        byline = readByline(doc);
        published = first(DateText.iso(jsonLd.datePublished()),
                DateText.iso(meta(doc, "article:published_time", "og:article:published_time", "datePublished",
                        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                        "sailthru.date", "parsely-pub-date")),
                DateText.iso(timeAttribute(doc, "time[pubdate], time[itemprop=datePublished], time[datetime]")));
        modified = first(DateText.iso(jsonLd.dateModified()),
                DateText.iso(meta(doc, "article:modified_time", "og:updated_time", "dateModified",
                        "last-modified")));
        language = first(primaryTag(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang")),
                primaryTag(meta(doc, "content-language", "language", "dc.language", "og:locale")),
                primaryTag(jsonLd.language()));
        Element link = doc.selectFirst("link[rel=canonical][href]");
        String canonicalLink = link == null ? null : blankToNull(link.absUrl("href").isEmpty() ? link.attr("href")
                : link.absUrl("href"));
        String ogUrl = meta(doc, "og:url");
        canonical = first(canonicalLink, ogUrl, jsonLd.url());
        url = first(ogUrl, canonicalLink, jsonLd.url());
    }

    private List<String> readByline(Document doc) {
        List<String> names = new ArrayList<>(jsonLd.authors());
        if (names.isEmpty()) {
            String author = meta(doc, "author", "article:author", "byl", "dc.creator", "parsely-author");
            if (author != null && !author.contains("://")) {
                names.add(author);
            }
        }
        if (names.isEmpty()) {
            for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author-name, .author")) {
                String text = TextUnit.collapse(e.text());
                if (!text.isEmpty() && text.split(" ").length <= 12) {
                    names.add(text);
                    break;
                }
            }
        }
        return names;
    }

    /** The first non-blank content of a meta tag named by property, name, itemprop or http-equiv. */
    static String meta(Document doc, String... keys) {
        for (String key : keys) {
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                Element e = doc.selectFirst("meta[" + attr + "=" + key + "]");
                if (e != null && !e.attr("content").isBlank()) {
                    return TextUnit.collapse(e.attr("content"));
                }
            }
        }
        return null;
    }

    private static String timeAttribute(Document doc, String query) {
        Element time = doc.selectFirst(query);
        return time == null ? null : blankToNull(time.attr("datetime"));
    }

    /** "Headline | Site" → {"Headline", "Site"}; the suffix is null when there is none. */
    static String[] splitSuffix(String title) {
        if (title == null) {
            return new String[] {null, null};
        }
        for (String sep : SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at > 0) {
                String head = title.substring(0, at).strip();
                String tail = title.substring(at + sep.length()).strip();
                if (head.split(" ").length >= 3 && !tail.isEmpty() && tail.split(" ").length <= 5) {
                    return new String[] {head, tail};
                }
            }
        }
        return new String[] {title, null};
    }

    /** An Open Graph title without a " | Site" suffix that names the site. */
    private String withoutSuffix(String ogTitle) {
        String[] split = splitSuffix(ogTitle);
        boolean namesSite = split[1] != null
                && (split[1].equalsIgnoreCase(siteName == null ? "" : siteName) || split[1].equalsIgnoreCase(
                        titleSuffix == null ? "" : titleSuffix));
        return namesSite ? split[0] : ogTitle;
    }

    private static String primaryTag(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2}") ? primary : null;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
