package org.corroborate.extract;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The person who holds the copyright of a page ("© 2020 Jane Doe", "Copyright (c) 2012- Jane Doe. All rights
 * reserved."), the author of last resort on a personal site that names no author. Only a notice that makes up a
 * whole short element is read, and only in the page's footer or with a year, so that photo credits ("© Jane Doe /
 * Agency") inside the article do not count. Stateless and thread-safe.
 */
final class CopyrightNotice {

    /** Class or id words of a page footer. */
    private static final Pattern FOOTER = Pattern.compile("(?i)footer|copyright|colophon|site-info");
    private static final int MAX_NOTICE_CHARS = 120;
    private static final int MAX_ANCESTORS = 8;
    /** Most child nodes of an element read as a notice (a bigger one is no short notice; its text is not read). */
    private static final int MAX_NOTICE_NODES = 12;

    private CopyrightNotice() {
    }

    /**
     * The holder named by the last copyright notice of {@code body} when it is a person's name.
     *
     * @param body the page body; nullable (no notice)
     * @return the holder's name; empty when the page has no such notice
     */
    static Optional<String> holder(Element body) {
        if (body == null) {
            return Optional.empty();
        }
        String[] found = {null};
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && mayOpenNotice(text.getWholeText())) {
                Element parent = text.parent();
                if (parent != null && parent.childNodeSize() <= MAX_NOTICE_NODES) {
                    read(parent).ifPresent(name -> found[0] = name);
                }
            }
        }, body);
        return Optional.ofNullable(found[0]);
    }

    private static boolean mayOpenNotice(String text) {
        return text.indexOf('\u00a9') >= 0 || text.contains("(c)") || text.contains("(C)")
                || text.contains("opyright");
    }

    private static Optional<String> read(Element element) {
        String text = TextUnit.collapse(element.text());
        if (text.length() > MAX_NOTICE_CHARS) {
            return Optional.empty();
        }
        return CopyrightLine.parse(text).filter(notice -> notice.dated() || inFooter(element))
                .map(CopyrightLine::name).filter(Bylines::isPersonName);
    }

    private static boolean inFooter(Element element) {
        Element e = element;
        for (int i = 0; i < MAX_ANCESTORS && e != null; i++, e = e.parent()) {
            if (e.tagName().equals("footer") || FOOTER.matcher(e.className()).find() || FOOTER.matcher(e.id()).find()) {
                return true;
            }
        }
        return false;
    }
}
