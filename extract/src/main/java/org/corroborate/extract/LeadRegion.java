package org.corroborate.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The article's opening that the {@link ContentFinder}'s scoring leaves out: the text between the page's headline and
 * the first chosen container. Stateless; safe to use from any thread on distinct documents.
 */
final class LeadRegion {
    private static final int LEAD_MAX_LEVELS = 10;
    private static final int LEAD_MIN_CHARS = 40;
    private static final int LEAD_MAX_CHARS = 6000;
    private static final Set<String> LEAD_BLOCKS = Set.of("p", "blockquote");
    private static final int TITLE_MIN_CHARS = 10;

    private LeadRegion() {
    }

    /** The page's {@code <title>} and Open Graph title as {@link #key}s; blank ones left out. */
    private static List<String> titles(Element body) {
        List<String> titles = new ArrayList<>();
        Document page = body.ownerDocument();
        if (page != null) {
            titles.add(page.title());
            Element og = page.selectFirst("meta[property=og:title]");
            if (og != null) {
                titles.add(og.attr("content"));
            }
        }
        List<String> keys = new ArrayList<>();
        for (String title : titles) {
            String key = key(title);
            if (!key.isBlank()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Whether the heading's text, at least {@link #TITLE_MIN_CHARS} long, is one of the titles or a run of whole words
     * in one.
     */
    private static boolean namesPage(Element heading, List<String> titles) {
        String text = key(heading.text());
        if (text.length() < TITLE_MIN_CHARS + 2) {
            return false;
        }
        for (String title : titles) {
            if (title.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /** The words of a text, lower-cased, between single spaces (with one before and one after). */
    private static String key(String text) {
        return " " + HeaderReader.normal(text) + " ";
    }

    /**
     * Adds the text between the page's headline ({@code <h1>}) and the first chosen container, when both sit in one
     * block of the page (their common ancestor at most {@link #LEAD_MAX_LEVELS} levels above the container): the lead
     * paragraph or standfirst in the article's header, and the first paragraphs when the body is split across
     * sibling containers and only a later one won the score. Only paragraphs and quotes with some words and few
     * links are taken, and not a dek (a subtitle continuing the headline, by its class name: metadata, like the
     * standfirst line the {@link HeaderReader} removes); when they hold more than {@link #LEAD_MAX_CHARS} characters
     * the region is more than an article's opening and nothing is added.
     *
     * @param body   the page's pruned body; not null
     * @param chosen the chosen containers in document order; not null nor empty
     * @return the lead paragraphs followed by {@code chosen}, or {@code chosen} itself when there is no lead
     */
    static List<Element> withLead(Element body, List<Element> chosen) {
        Element first = chosen.get(0);
        Set<Element> aboveFirst = Collections.newSetFromMap(new IdentityHashMap<>());
        aboveFirst.addAll(first.parents());
        Element headline = null;
        Element titleHeading = null;
        List<String> titles = titles(body);
        for (Element e : body.getAllElements()) {
            if (e == first) {
                break;
            }
            if (e.nameIs("h1") && !aboveFirst.contains(e)) {
                headline = e;
            } else if (titleHeading == null && e.nameIs("h2") && !aboveFirst.contains(e) && namesPage(e, titles)) {
                titleHeading = e;
            }
        }
        if (headline == null) {
            // a page whose <h1> was furniture (the site name, a breadcrumb) or that has none: an <h2> holding the
            // page's title heads the article
            headline = titleHeading;
        }
        if (headline == null) {
            return chosen;
        }
        Set<Element> aboveHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
        aboveHeadline.addAll(headline.parents());
        Element common = first.parent();
        int levels = 1;
        while (common != null && !aboveHeadline.contains(common)) {
            common = common.parent();
            levels++;
        }
        if (common == null || levels > LEAD_MAX_LEVELS) {
            return chosen;
        }
        Element start = headline;
        List<Element> lead = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            private boolean after;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node == first) {
                    return FilterResult.STOP;
                }
                if (node == start) {
                    after = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (!after || !(node instanceof Element e) || aboveFirst.contains(e)
                        || !LEAD_BLOCKS.contains(e.normalName())) {
                    return FilterResult.CONTINUE;
                }
                if (e.text().length() >= LEAD_MIN_CHARS && ContentFinder.linkDensity(e) < ContentFinder.TWIN_MAX_LINKS
                        && !Furniture.isDek(e)) {
                    lead.add(e);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
        }, common);
        int chars = 0;
        for (Element e : lead) {
            chars += e.text().length();
        }
        if (lead.isEmpty() || chars > LEAD_MAX_CHARS) {
            return chosen;
        }
        List<Element> result = new ArrayList<>(lead);
        result.addAll(chosen);
        return result;
    }
}
