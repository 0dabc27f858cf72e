package org.corroborate.extract;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import static org.corroborate.extract.TitleParts.usable;

/**
 * What a heading element's place and markup say about it, for {@link TitleChoice}: whether it sits in the site's
 * header or a sign-up box, whether it names itself the title, and its text without kickers and hidden parts.
 * Stateless; all methods are pure functions of their arguments.
 */
final class HeadingElements {

    /** Class or id words of a newsletter or subscription box. */
    private static final Pattern SIGN_UP_BOX = Pattern.compile("(?i)(?:^|\\s)(?:newsletter|subscribe|subscription|"
            + "sign-?up)");
    /** Class or id words of a header that serves the whole site. */
    private static final Pattern SITE_WIDE = Pattern.compile("(?i)site|global|masthead|banner");
    /** Class or id words of the site's logo, brand or name. */
    private static final Pattern SITE_HEADER = Pattern.compile("(?i)logo|brand|site-?title|site-?name|masthead");
    /** Class words of a kicker inside a headline element. */
    private static final Pattern KICKER_CLASS = Pattern.compile(
            "(?i)kicker|top-?line|dachzeile|overline|eyebrow|roofline|topic-?label|title-?header|sub-?title");
    /** Class words of the part of a heading that holds the headline itself, the rest being a kicker or label. */
    private static final Pattern INNER_HEADLINE_CLASS = Pattern.compile("(?i)(?:^|\\s)headline(?:$|\\s)");
    /** Class words of a part of a heading set in a smaller size than the rest ("h1small", "h2-small"). */
    private static final Pattern SMALL_PART_CLASS = Pattern.compile("(?i)(?:^|\\s)h[1-6][-_]?small(?:$|\\s)");
    /** Class words of text shown to screen readers only. */
    private static final Pattern HIDDEN_CLASS = Pattern.compile(
            "(?i)visually-?hidden|sr-only|screen-reader|(?<![a-z-])invisible(?![a-z])");
    /**
     * Class or id words of a heading element that names itself the page's title ("entry-title", "Article-headline",
     * "page-title-heading"); a site, sub or section title is not one.
     */
    private static final Pattern TITLE_CLASS = Pattern.compile("(?i)title|headline");
    private static final Pattern NOT_TITLE_CLASS = Pattern.compile(
            "(?i)site-?title|sub-?title|section-?title|widget-?title|block-?title|box-?title|sidebar|footer|menu|nav");

    private HeadingElements() {
    }

    /**
     * True when {@code e} sits in the page's navigation, logo, or a header outside any article or main element: a
     * site name, not a headline. The classes of {@code <body>} describe the whole page ("main-menu-logo"), not a
     * header, and are not read.
     */
    static boolean inSiteHeader(Element e) {
        boolean header = false;
        for (Element a = e; a != null && !a.nameIs("body"); a = a.parent()) {
            String name = a.normalName();
            if (name.equals("article") || name.equals("main")) {
                return false;
            }
            if (name.equals("nav") || SITE_HEADER.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
            header |= name.equals("header") && holdsSiteFurniture(a);
        }
        return header;
    }

    /**
     * True when {@code e} sits in a newsletter or subscription box (a class or id word starting "newsletter",
     * "subscribe", "signup"), below any article or main element: its heading invites the reader to sign up, it is not
     * the page's headline. The classes of an article describe the post ("category-no-newsletter") and are not read.
     */
    static boolean inSignUpBox(Element e) {
        for (Element a = e; a != null && !a.nameIs("body") && !a.nameIs("article") && !a.nameIs("main");
                a = a.parent()) {
            if (SIGN_UP_BOX.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a {@code <header>} is the site's: its class, id or role says so, or it holds navigation or a logo, brand
     * or site name. A header without them heads a block of content ("frame-header", a header shown on small screens only) and its heading may be the
     * page's headline.
     */
    private static boolean holdsSiteFurniture(Element header) {
        if ("banner".equals(header.attr("role")) || SITE_WIDE.matcher(header.className() + " " + header.id()).find()) {
            return true; // "site-header", "global-header", role=banner: the header says it is the site's
        }
        for (Element inner : header.getAllElements()) {
            if (inner.nameIs("nav") || inner != header && SITE_HEADER.matcher(inner.className() + " " + inner.id()).find()
                    || inner.nameIs("img") && SITE_HEADER.matcher(inner.attr("src") + " " + inner.attr("alt")).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a heading names itself the title: its microdata property is the headline, or its class or id names it a
     * title or headline, not a site, section or sub title.
     */
    static boolean isMarkedTitle(Element e) {
        if ("headline".equalsIgnoreCase(e.attr("itemprop").strip())) {
            return true; // schema.org microdata names it the item's headline
        }
        String words = e.className() + " " + e.id();
        return TITLE_CLASS.matcher(words).find() && !NOT_TITLE_CLASS.matcher(words).find();
    }

    /**
     * The collapsed text of a headline element without its kicker (a topic line inside the headline, named so by its
     * class: "kicker", "topline", "topic-label", "subtitle") and without text hidden from sight (the separator written
     * for screen readers only, ruby annotations); its whole text when nothing else is left.
     */
    static String headlineText(Element e) {
        for (Element inner : e.getAllElements()) {
            if (inner != e && INNER_HEADLINE_CLASS.matcher(inner.className()).find() && usable(inner.text())) {
                return headlineText(inner); // the heading's own headline part; the rest is a kicker around it
            }
        }
        boolean marked = false;
        for (Element inner : e.getAllElements()) {
            if (inner != e && (isKicker(inner) || isHiddenText(inner))) {
                marked = true;
                break;
            }
        }
        String whole = TextUnit.collapse(e.text());
        if (!marked) {
            return whole;
        }
        Element copy = e.clone();
        for (Element inner : copy.getAllElements()) {
            if (inner == copy || inner.parent() == null) {
                continue;
            }
            if (inner.nameIs("rt") || inner.nameIs("rp")) {
                inner.remove(); // an annotation over part of a word
            } else if (isKicker(inner) || isHiddenText(inner)) {
                inner.replaceWith(new TextNode(" ")); // the words on either side stay apart
            }
        }
        String rest = TextUnit.collapse(copy.text());
        return rest.isBlank() ? whole : rest;
    }

    private static boolean isKicker(Element e) {
        return KICKER_CLASS.matcher(e.className()).find() || SMALL_PART_CLASS.matcher(e.className()).find();
    }

    private static boolean isHiddenText(Element e) {
        return "true".equals(e.attr("aria-hidden")) || e.nameIs("rt") || e.nameIs("rp")
                || HIDDEN_CLASS.matcher(e.className()).find();
    }
}
