package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns content elements into paragraph candidates: one per block element (p, h2-h6, li, blockquote, pre, div
 * text...), skipping the headline (h1), captions and mostly-link blocks. Iterative (a jsoup traversor).
 */
final class ParagraphEmitter implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl",
            "figure", "header", "footer", "aside", "nav", "hr", "address", "center", "details", "summary",
            "tbody", "thead", "body", "form");
    private static final Set<String> SKIP = Set.of("h1", "figcaption", "figure", "button", "select", "option",
            "label", "textarea", "audio", "video", "picture", "sup", "script", "style");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");
    private static final double MAX_LINK_SHARE = 0.5;

    private final ExtractionTrace trace;
    private final List<TextUnit> units = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int anchorDepth;
    private boolean heading;
    private boolean lastWasBreak;
    private Node skipping;

    ParagraphEmitter(ExtractionTrace trace) {
        this.trace = trace;
    }

    /** The paragraphs of {@code containers}, in order. */
    List<TextUnit> emit(List<Element> containers) {
        for (Element container : containers) {
            NodeTraversor.traverse(this, container);
            flush();
        }
        return List.copyOf(units);
    }

    @Override
    public void head(Node node, int depth) {
        if (skipping != null) {
            return;
        }
        if (node instanceof TextNode text) {
            String value = text.getWholeText();
            current.append(value);
            if (anchorDepth > 0) {
                linkChars += value.strip().length();
            }
            if (!value.isBlank()) {
                lastWasBreak = false;
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.tagName();
        if (SKIP.contains(tag)) {
            skipping = node;
            if (trace.on() && !e.text().isBlank()) {
                trace.removed(tag.equals("h1") ? "headline (title)" : "<" + tag + ">", e.text());
            }
            return;
        }
        if (tag.equals("br")) {
            if (lastWasBreak) {
                flush();
            } else {
                current.append(' ');
                lastWasBreak = true;
            }
            return;
        }
        if (tag.equals("a")) {
            anchorDepth++;
        }
        if (BLOCKS.contains(tag)) {
            flush();
            heading = HEADINGS.contains(tag);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (skipping != null) {
            if (node == skipping) {
                skipping = null;
            }
            return;
        }
        if (node instanceof Element e) {
            if (e.tagName().equals("a")) {
                anchorDepth = Math.max(0, anchorDepth - 1);
            }
            if (BLOCKS.contains(e.tagName())) {
                flush();
            }
        }
    }

    private void flush() {
        String text = TextUnit.collapse(current.toString());
        current.setLength(0);
        lastWasBreak = false;
        if (!text.isEmpty()) {
            if (linkChars > text.length() * MAX_LINK_SHARE) {
                trace.removed("mostly links", text);
            } else {
                units.add(new TextUnit(text, heading));
            }
        }
        linkChars = 0;
        heading = false;
    }
}
