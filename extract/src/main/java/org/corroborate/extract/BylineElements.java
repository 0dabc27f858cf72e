package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Author candidates read from the visible page: elements marked as the author (rel or itemprop "author", an author
 * or byline class, id or test id, a link to an author page), post-metadata elements around the date, and the text
 * after an author label ("Autor:", "Written by:"). Stateless and thread-safe.
 */
final class BylineElements {

    /** Class or id words of elements that hold the author's name. */
    private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)author|byline|autor|username");
    /** Class words of elements around a post's date and category, which often name the author too. */
    private static final Pattern POST_META_CLASS = Pattern.compile("(?i)submitted|postmeta|post-meta|entry-meta|"
            + "article-meta|date");
    /** Longest element text read as a byline candidate. */
    private static final int MAX_BYLINE_CHARS = 160;
    private static final int MAX_BYLINE_ELEMENTS = 8;
    private static final int MAX_BYLINE_WORDS = 12;
    /** The path of a link to an author's page: "/author/jane-doe/", "/autoren/jane-doe", "/auteurs/jane". */
    private static final Pattern AUTHOR_PAGE = Pattern.compile("(?i)/(?:authors?|autor(?:en|in)?|auteurs?|autores?)/[^/?#]+");

    private BylineElements() {
    }

    /**
     * The candidates of {@code body} (nullable: none), author elements first, then post metadata; at most
     * {@link #MAX_BYLINE_ELEMENTS} of each kind.
     */
    static List<Bylines.Candidate> read(Element body) {
        List<Bylines.Candidate> authorElements = new ArrayList<>();
        List<Bylines.Candidate> postMeta = new ArrayList<>();
        for (Element e : body == null ? List.<Element>of() : body.getAllElements()) {
            Bylines.Source source = bylineSource(e);
            List<Bylines.Candidate> into = source == Bylines.Source.AUTHOR_ELEMENT ? authorElements : postMeta;
            if (source == null || into.size() >= MAX_BYLINE_ELEMENTS) {
                continue;
            }
            String text = boundedText(e);
            if (text != null && !text.isEmpty() && text.split(" ").length <= MAX_BYLINE_WORDS) {
                into.add(new Bylines.Candidate(List.of(text), source));
            }
        }
        List<Bylines.Candidate> candidates = new ArrayList<>(authorElements);
        candidates.addAll(postMeta);
        return candidates;
    }

    /**
     * Whether {@code e} is marked as an author element (rel or itemprop "author", an author or byline class, id or
     * test id, a link to an author page), as post metadata (a date, meta or "submitted" class), or neither (null).
     */
    private static Bylines.Source bylineSource(Element e) {
        if (e.attributesSize() == 0) {
            return null;
        }
        String className = e.className();
        String marks = className + " " + e.id() + " " + e.attr("data-testid");
        if ("author".equalsIgnoreCase(e.attr("rel")) || "author".equalsIgnoreCase(e.attr("itemprop"))
                || !marks.isBlank() && AUTHOR_CLASS.matcher(marks).find()
                || e.normalName().equals("a") && AUTHOR_PAGE.matcher(e.attr("href")).find()) {
            return Bylines.Source.AUTHOR_ELEMENT;
        }
        return !className.isEmpty() && POST_META_CLASS.matcher(className).find() ? Bylines.Source.POST_META : null;
    }

    /** The collapsed text of {@code e}, or null when it is longer than {@link #MAX_BYLINE_CHARS}. */
    private static String boundedText(Element e) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText()).append(' ');
                } else if (node instanceof Element el && el.isBlock()) {
                    text.append(' ');
                }
                return text.length() > MAX_BYLINE_CHARS * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        String collapsed = TextUnit.collapse(text.toString());
        return collapsed.length() > MAX_BYLINE_CHARS ? null : collapsed;
    }
}
