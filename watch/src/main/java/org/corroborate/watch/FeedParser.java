package org.corroborate.watch;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Parses RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, leniently (as published feeds are often not valid XML), and
 * finds feeds announced by an HTML page ({@code <link rel="alternate" type="application/rss+xml">}). Stateless.
 */
final class FeedParser {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private FeedParser() {
    }

    /** Whether {@code text} looks like a feed rather than a page. */
    static boolean looksLikeFeed(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    /**
     * @param xml  the feed document
     * @param base the feed's URL, to resolve relative links
     * @return the feed, or empty when {@code xml} is not an RSS or Atom feed
     */
    static Optional<Feed> parse(String xml, URI base) {
        Document doc = Jsoup.parse(xml, base.toString(), Parser.xmlParser());
        Element root = doc.children().isEmpty() ? null : doc.child(0);
        if (root == null) {
            return Optional.empty();
        }
        String name = root.tagName().toLowerCase(Locale.ROOT);
        if (name.equals("feed")) {
            return Optional.of(atom(root, base));
        }
        if (name.equals("rss") || name.equals("rdf:rdf")) {
            return Optional.of(rss(root, base));
        }
        return Optional.empty();
    }

    /** Absolute URLs of the feeds an HTML page announces, in page order. */
    static List<URI> discover(String html, URI base) {
        Document doc = Jsoup.parse(html, base.toString());
        Set<URI> found = new LinkedHashSet<>();
        for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT);
            if (type.contains("rss") || type.contains("atom")) {
                resolve(base, link.attr("href")).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    private static Feed atom(Element root, URI base) {
        List<FeedItem> items = new ArrayList<>();
        for (Element entry : root.getElementsByTag("entry")) {
            String link = null;
            for (Element candidate : entry.getElementsByTag("link")) {
                String rel = candidate.attr("rel");
                if (rel.isEmpty() || rel.equalsIgnoreCase("alternate")) {
                    link = candidate.attr("href");
                    break;
                }
            }
            Optional<URI> resolved = link == null ? Optional.empty() : resolve(base, link);
            if (resolved.isEmpty()) {
                continue;
            }
            String published = date(text(entry, "published"));
            String updated = text(entry, "updated");
            List<String> authors = new ArrayList<>();
            for (Element author : entry.getElementsByTag("author")) {
                String authorName = text(author, "name");
                if (authorName != null) {
                    authors.add(authorName);
                }
            }
            String content = firstNonBlank(text(entry, "content"), text(entry, "summary"));
            items.add(new FeedItem(resolved.get().toString(), text(entry, "title"),
                    published != null ? published : date(updated), updated != null ? updated : published, authors,
                    content == null ? "" : content));
        }
        return new Feed(directText(root, "title"), items);
    }

    private static Feed rss(Element root, URI base) {
        List<FeedItem> items = new ArrayList<>();
        for (Element item : root.getElementsByTag("item")) {
            String link = firstNonBlank(text(item, "link"), item.attr("rdf:about"));
            if (link == null) {
                String guid = text(item, "guid");
                Element guidElement = item.getElementsByTag("guid").first();
                boolean permalink = guidElement != null && !guidElement.attr("isPermaLink").equalsIgnoreCase("false");
                link = permalink ? guid : null;
            }
            Optional<URI> resolved = link == null ? Optional.empty() : resolve(base, link);
            if (resolved.isEmpty()) {
                continue;
            }
            String stamp = firstNonBlank(text(item, "pubDate"), text(item, "dc:date"));
            List<String> authors = new ArrayList<>();
            String creator = firstNonBlank(text(item, "dc:creator"), text(item, "author"));
            if (creator != null) {
                authors.add(creator);
            }
            String content = firstNonBlank(text(item, "content:encoded"), text(item, "description"));
            items.add(new FeedItem(resolved.get().toString(), text(item, "title"), date(stamp), stamp, authors,
                    content == null ? "" : content));
        }
        Element channel = root.getElementsByTag("channel").first();
        return new Feed(channel == null ? null : directText(channel, "title"), items);
    }

    /** ISO-8601 of an RFC 822 or ISO-8601 stamp; null when unreadable. */
    static String date(String stamp) {
        if (stamp == null) {
            return null;
        }
        String text = stamp.strip();
        try {
            return ZonedDateTime.parse(text, RFC_822).toInstant().toString();
        } catch (DateTimeParseException e) {
            // not RFC 822
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeParseException e) {
            // not a full ISO-8601 date-time
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return text;
        }
        return null;
    }

    private static String text(Element parent, String tag) {
        Element element = parent.getElementsByTag(tag).first();
        if (element == null) {
            return null;
        }
        String value = element.text().strip();
        return value.isEmpty() ? null : value;
    }

    /** The text of a direct child {@code tag}, so an item's title is not taken for the channel's. */
    private static String directText(Element parent, String tag) {
        for (Element child : parent.children()) {
            if (child.tagName().equalsIgnoreCase(tag)) {
                String value = child.text().strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b == null || b.isBlank() ? null : b;
    }

    private static Optional<URI> resolve(URI base, String href) {
        try {
            URI uri = base.resolve(href.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
