package org.corroborate.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Metadata read from an HTML page before its content is pruned: JSON-LD, Open Graph and other meta tags, the
 * canonical link, {@code <time>} elements, {@code <html lang>}, the headline and byline elements.
 */
final class HtmlMetadata {

    private static final String DATE_ELEMENTS = "[class~=(?i)(date|datum|time|posted|publish|created|entry-meta|post-meta|"
            + "byline|article-?meta|meta-?(info|data|line|wrapper))], [id~=(?i)(date|datum|posted|publish)]";
    private static final int MAX_DATE_ELEMENT_CHARS = 200;
    /** Class or id words of a comment section, whose dates are the comments' own. */
    private static final Pattern COMMENTS = Pattern.compile("(?i)comment|kommentar|commentaire|comentario|respond");
    /** A publication-date key of script data with its ISO date value. */
    private static final Pattern SCRIPT_DATE = Pattern.compile("\"(?:datePublished|publishedDate|publishDate|"
            + "published_at|publishedAt|date_published|firstPublished|first_published_at)\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})");
    private static final int MAX_SCRIPT_CHARS = 500_000;
    /** Elements whose dates are other pages' (navigation; an {@code <aside>} may hold the article's own date line). */
    private static final java.util.Set<String> ELSEWHERE_TAGS = java.util.Set.of("nav");
    /**
     * A class or id word of a list of other pages, whose dates are those pages': a word that is, or starts with (after
     * a prefix of at most three letters, "vw-related-posts"), "teaser", "related", "sidebar", "widget", "recommended",
     * "popular" or "latest" as a whole part ("teaser__text", "related-posts"; not "no-sidebars", "blog-sidebar-right").
     */
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)(?:^|\\s)(?:[a-z]{1,3}[-_]+)?(?:teaser|related|"
            + "sidebar|widget|recommended|recommendations|popular|latest)(?![a-z])");
    /** The label of a Twitter card data field that names the author ("Written by", "Verfasst von"). */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?iu)written by|verfasst von|geschrieben von|"
            + "\\bautor|\\bauthor|\\bécrit par|escrito por");
    private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "};

    final JsonLd.Facts jsonLd;
    final String title;
    final String titleSuffix;
    /** Author candidates, most trusted first; each a list of raw author strings. */
    final List<Bylines.Candidate> bylines;
    final String siteName;
    /** The labels of the page's host. */
    final HostLabels host;
    /**
     * The person holding the page's copyright notice, nullable; read only when the page is walked for bylines, and an
     * author of last resort, after the text's own byline, on a person's own site.
     */
    final String copyrightHolder;
    final String published;
    final String modified;
    /** A date written in the page's visible text, looked for only when no tag dates the page; a last resort. */
    final String visibleDate;
    final String language;
    final String url;
    final String canonical;

    /** Meta-tag contents by lower-cased property, name, itemprop or http-equiv; the first non-blank one wins. */
    private final Map<String, String> metaTags = new HashMap<>();

    HtmlMetadata(Document doc) {
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = e.attr(attr);
                if (!key.isEmpty()) {
                    metaTags.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
                }
            }
        }
        List<String> scripts = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            scripts.add(script.data());
        }
        jsonLd = JsonLd.read(scripts);
        String ogTitle = meta(doc, "og:title", "twitter:title");
        String pageTitle = TextUnit.collapse(documentTitle(doc));
        String[] split = splitSuffix(pageTitle);
        titleSuffix = split[1];
        siteName = first(jsonLd.publisher(), meta(doc, "og:site_name"), meta(doc, "application-name"));
        title = TitleChoice.choose(doc, jsonLd.headline(), ogTitle, pageTitle, siteName);
        host = HostLabels.of(doc);
        List<Bylines.Candidate> metadataBylines = metadataBylines(doc);
        if (namesAuthor(metadataBylines)) { // the metadata names an author: no need to walk the page
            bylines = metadataBylines;
            copyrightHolder = null;
        } else {
            List<Bylines.Candidate> all = new ArrayList<>(metadataBylines);
            all.addAll(BylineElements.read(doc.body()));
            bylines = all;
            copyrightHolder = CopyrightNotice.holder(doc.body()).orElse(null);
        }
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
        List<String> trusted = java.util.Arrays.asList(DateText.iso(jsonLd.datePublished()),
                DateText.iso(meta(doc, "article:published_time", "og:article:published_time", "datePublished",
                        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
                        "sailthru.date", "parsely-pub-date", "og:published_time", "article:published",
                        "published_time", "publication_date", "publish_date", "date_published", "dcterms.date",
                        "dcterms.created", "dc.date.created", "dcterms.issued", "citation_publication_date",
                        "citation_date", "originalpublicationdate", "article.published", "created", "date.created",
                        "release_date", "datecreated", "dc.created", "published", "publishdate", "pubdate")),
                DateText.iso(timeAttribute(doc, "time[pubdate], time[itemprop=datePublished], time[datetime]")),
                DateText.iso(timeAttribute(doc, "[itemprop=datePublished][content]", "content")),
                DateText.iso(timeAttribute(doc, "abbr.published[title], [itemprop=datePublished][title]", "title")),
                DateText.iso(meta(doc, "bepress_citation_date", "bepress_citation_online_date",
                        "citation_online_date")),
                DateText.iso(timeAttribute(doc, ".published[title], .updated[title]", "title")));
        String elementDate = dateElementDate(doc, false);
        String urlDate = DateText.fromUrl(canonical).or(() -> DateText.fromUrl(doc.location()))
                .map(Object::toString).orElse(null);
        published = DateAgreement.choose(trusted, java.util.Arrays.asList(urlDate, elementDate),
                java.util.Collections.singletonList(modified)); // modified already prefers JSON-LD's dateModified
        visibleDate = published == null ? visibleDate(doc, elementDate) : null; // only needed without a dated tag
    }

    /**
     * The text of the page's {@code <title>}: the head's, else the first one elsewhere that is no SVG or MathML title
     * (output printed before {@code <html>}, such as a server warning, makes the parser move the whole head into the
     * body, where {@link Document#title()} does not look); empty when there is none.
     */
    static String documentTitle(Document doc) {
        String head = doc.title();
        if (!head.isBlank()) {
            return head;
        }
        for (Element e : doc.getElementsByTag("title")) {
            if (e.closest("svg, math") == null && !e.text().isBlank()) {
                return e.text();
            }
        }
        return "";
    }

    /**
     * Author candidates of the metadata in order of trust: JSON-LD authors, the author meta tags, a Twitter card
     * "Written by" field. When none survives cleaning ({@link #namesAuthor}), the page's byline elements follow
     * ({@link BylineElements}); the caller keeps the first candidate that survives cleaning.
     */
    private List<Bylines.Candidate> metadataBylines(Document doc) {
        List<Bylines.Candidate> candidates = new ArrayList<>();
        if (!jsonLd.authors().isEmpty()) {
            candidates.add(new Bylines.Candidate(jsonLd.authors(), Bylines.Source.METADATA));
        }
        String author = meta(doc, "author", "article:author", "og:article:author", "byl", "dc.creator",
                "parsely-author", "sailthru.author");
        if (author != null && !author.contains("://")) {
            candidates.add(new Bylines.Candidate(List.of(author), Bylines.Source.METADATA));
        }
        String label = meta(doc, "twitter:label1");
        String data = meta(doc, "twitter:data1");
        if (label != null && data != null && WRITTEN_BY.matcher(label).find()) {
            candidates.add(new Bylines.Candidate(List.of(data), Bylines.Source.METADATA));
        }
        return candidates;
    }

    /** Whether a candidate survives cleaning against the site name. */
    private boolean namesAuthor(List<Bylines.Candidate> candidates) {
        for (Bylines.Candidate candidate : candidates) {
            if (!Bylines.clean(candidate.names(), notAuthor(), host, candidate.source()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The site name that no author may bear, nullable: none when the publisher is a person (a personal site, whose
     * owner writes its pages).
     */
    String notAuthor() {
        return jsonLd.publisherIsPerson() ? null : siteName;
    }

    /** The first non-blank content of a meta tag named by property, name, itemprop or http-equiv. */
    String meta(Document doc, String... keys) {
        for (String key : keys) {
            String content = metaTags.get(key.toLowerCase(Locale.ROOT));
            if (content != null) {
                return TextUnit.collapse(content);
            }
        }
        return null;
    }

    private static String timeAttribute(Document doc, String query) {
        return timeAttribute(doc, query, "datetime");
    }

    /** The attribute of the first element matching {@code query} outside the comments; null when none. */
    private static String timeAttribute(Document doc, String query, String attr) {
        for (Element time : doc.select(query)) {
            if (!inComments(time)) {
                return blankToNull(time.attr(attr));
            }
        }
        return null;
    }

    /** Whether {@code e} sits in a comment section (an ancestor whose class or id speaks of comments). */
    private static boolean inComments(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (COMMENTS.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date written on the page: first in elements whose class or id speaks of dates or posting, else right after a
     * publication label in the body text ("Veröffentlicht am", "Published"), else in such elements within the
     * comments, else a publication date in the page's script data, else the first full date anywhere in the body text;
     * null when there is none.
     */
    private static String visibleDate(Document doc, String elementDate) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        if (elementDate != null) {
            return elementDate;
        }
        String text = body.text(); // read once for the labelled date and the last resort
        String labelled = DateText.findLabelledDate(text).map(Object::toString).orElse(null);
        if (labelled != null) {
            return labelled;
        }
        String dated = dateElementDate(doc, true);
        if (dated != null) {
            return dated;
        }
        String scripted = scriptDate(doc);
        return scripted != null ? scripted : DateText.findDate(text).map(Object::toString).orElse(null);
    }

    /**
     * The date written in an element whose class or id speaks of dates or posting, outside the comments unless
     * {@code commentsToo} (a forum thread's first post), and outside lists of other pages (an element within a
     * {@code <nav>}, or one whose class or id speaks of teasers, related, recommended, popular or latest pages,
     * sidebars or widgets); null when none. The first such date after the page's first
     * {@code <h1>} is taken, else the last one before it (the nearest to the headline): the article's date line sits by
     * its headline, while other dates on the page belong to lists of other pages. The date elements and the headline
     * are found in one walk of the page, in document order.
     */
    private static String dateElementDate(Document doc, boolean commentsToo) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        boolean afterHeadline = false;
        String beforeHeadline = null;
        for (Element e : body.select("h1, " + DATE_ELEMENTS)) {
            if ("h1".equals(e.normalName())) {
                afterHeadline = true;
                continue;
            }
            String text = spacedText(e);
            if (text.length() <= MAX_DATE_ELEMENT_CHARS && (commentsToo || !inComments(e)) && !elsewhere(e)) {
                String date = DateText.findDateInDateElement(text).map(Object::toString).orElse(null);
                if (date != null && afterHeadline) {
                    return date;
                }
                if (date != null) {
                    beforeHeadline = date;
                }
            }
        }
        return beforeHeadline;
    }

    /** Whether a date element belongs to a list of other pages: a teaser, a related link, a sidebar, a widget. */
    private static boolean elsewhere(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (ELSEWHERE_TAGS.contains(a.normalName()) || ELSEWHERE.matcher(a.className()).find()
                    || ELSEWHERE.matcher(a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of an element with a space between the texts of its elements, so that a date and a time set in
     * adjacent inline elements ({@code <span>28.09.19</span><span>12:44</span>}) do not run together.
     */
    private static String spacedText(Element e) {
        StringBuilder text = new StringBuilder();
        for (TextNode t : allTextNodes(e)) {
            text.append(t.text()).append(' ');
        }
        return TextUnit.collapse(text.toString());
    }

    private static List<TextNode> allTextNodes(Element e) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        }, e);
        return nodes;
    }

    /**
     * A publication date in a page's script data (state objects of script-rendered pages): the first
     * {@code "datePublished"}, {@code "publishedDate"}, {@code "published_at"} or similar key with an ISO date value;
     * null when there is none. Scripts are read only up to {@link #MAX_SCRIPT_CHARS} characters each.
     */
    private static String scriptDate(Document doc) {
        for (Element script : doc.getElementsByTag("script")) {
            String data = script.data();
            Matcher m = SCRIPT_DATE.matcher(data.length() > MAX_SCRIPT_CHARS ? data.substring(0, MAX_SCRIPT_CHARS)
                    : data);
            if (m.find()) {
                return DateText.iso(m.group(1));
            }
        }
        return null;
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

    private static String primaryTag(String lang) {
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String primary = lang.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z') ? primary : null;
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
