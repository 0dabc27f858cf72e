package org.corroborate.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What marks an element as page furniture for the {@link ContentFinder}: its tag, role, hidden state, and the words of
 * its class and id. Stateless; safe to use from any thread.
 */
final class Furniture {
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "header", "footer", "aside", "form", "menu");
    private static final Set<String> CONSENT_TOKENS = Set.of("cookie", "cookies", "consent", "gdpr", "cmp");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> FURNITURE_TOKENS = Set.of("share", "sharing", "social", "comment", "comments",
            "newsletter", "subscribe", "subscription", "related", "promo", "advert", "advertisement", "ad", "ads",
            "adslot", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "footer", "sidebar", "menu", "nav",
            "navbar", "navigation", "popup", "modal", "caption", "widget", "banner", "sponsored", "sponsor",
            "outbrain", "taboola", "disqus", "masthead", "toolbar", "tags", "recirc", "recommended", "byline",
            "author", "dateline", "timestamp", "meta", "paywall", "signup", "login", "overlay", "skip",
            "trending", "popular", "most", "print", "hidden", "visually", "sr", "offscreen");
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[\\s_\\-:]+|(?<=[a-z])(?=[A-Z])");
    /**
     * Class words that name furniture only on small elements (a print button): "print" also names printable content
     * ("print-step", "no-print"); content shown only in print is matched by {@link #PRINT_ONLY}.
     */
    private static final Set<String> WEAK_TOKENS = Set.of("print");
    /** A class word of content shown only when the page is printed. */
    private static final Pattern PRINT_ONLY = Pattern.compile(
            "(?i)^(?:d-print-(?:block|inline|inline-block|flex|table)|visible-print(?:-block|-inline)?|print-only|"
                    + "show-for-print|printonly)$");
    private static final int WEAK_MAX_CHARS = 120;
    /**
     * A class word that hides its element: "hidden", "is-hidden"; not "hidden-xs" (hidden on small screens only) nor
     * "label-hidden" or "overflow-hidden" (something else is hidden).
     */
    private static final Pattern HIDDEN_WORD = Pattern.compile("(?i)(?:^|[-_])hidden$");
    private static final Pattern HIDDEN_OTHER = Pattern.compile("(?i)(?:label|overflow|title)[-_]+hidden$");
    /** Class words of a dek: the subtitle continuing the headline, metadata rather than body. */
    private static final Pattern DEK_NAME = Pattern.compile(
            "(?i)(?<![a-z])dek(?![a-z])|sub[-_]?(?:head|title)|standfirst|kicker");

    private Furniture() {
    }

    /**
     * Why {@code e} is page furniture (by its tag, role, hidden state, or class and id words), or null when it is not.
     *
     * @param e       the element; not null
     * @param lenient when true, class and id words never mark furniture
     * @return a short reason for the trace, such as {@code <div> (class/id "share")}; null when not furniture
     */
    static String reason(Element e, boolean lenient) {
        String tag = e.tagName();
        if (FURNITURE_TAGS.contains(tag) && !(tag.equals("header") && insideAny(e, "article", "main"))) {
            return "<" + tag + ">";
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return "<" + tag + "> (hidden)";
        }
        if (tag.equals("figure") || tag.equals("figcaption")) {
            return "<" + tag + "> (caption)";
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("banner") || role.equals("complementary")
                || role.equals("contentinfo") || role.equals("dialog")) {
            return "<" + tag + " role=" + role + ">";
        }
        Element first = e.firstElementChild();
        if (!lenient && !HEADINGS.contains(tag) && first != null && HEADINGS.contains(first.normalName())
                && LineRules.headsPageList(first.text())) {
            return "<" + tag + "> (list headed \"" + first.text() + "\")";
        }
        if (!lenient && isDek(e) && !e.nameIs("article") && !e.nameIs("main") && insideAny(e, "header")) {
            return "<" + tag + "> (dek in the article header)";
        }
        if (!lenient) {
            for (String word : e.classNames()) {
                if (PRINT_ONLY.matcher(word).matches()) {
                    return "<" + tag + "> (print only)";
                }
            }
        }
        for (String token : lenient ? List.<String>of() : tokens(e)) {
            if (FURNITURE_TOKENS.contains(token) && (!token.equals("hidden") || namesHidden(e))
                    && (!WEAK_TOKENS.contains(token) || textLengthUpTo(e, WEAK_MAX_CHARS) < WEAK_MAX_CHARS)) {
                return "<" + tag + "> (class/id \"" + token + "\")";
            }
        }
        return null;
    }

    /**
     * Whether an ancestor of {@code e} (not {@code e} itself) is one of the {@code tags}: a {@code <header>} inside an
     * {@code <article>} or {@code <main>} is the article's own header (headline, standfirst, byline), not the site's.
     */
    private static boolean insideAny(Element e, String... tags) {
        for (Element ancestor = e.parent(); ancestor != null; ancestor = ancestor.parent()) {
            for (String tag : tags) {
                if (ancestor.nameIs(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one of the element's class words, or its id, says the element itself is hidden. */
    private static boolean namesHidden(Element e) {
        for (String word : e.classNames()) {
            if (HIDDEN_WORD.matcher(word).find() && !HIDDEN_OTHER.matcher(word).find()) {
                return true;
            }
        }
        return HIDDEN_WORD.matcher(e.id()).find() && !HIDDEN_OTHER.matcher(e.id()).find();
    }

    /** The length of the element's text, counted only up to {@code limit} (so a large element costs little). */
    private static int textLengthUpTo(Element e, int limit) {
        int[] length = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    length[0] += text.text().strip().length();
                }
                return length[0] >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return Math.min(length[0], limit);
    }

    /** Whether the element's class or id names a dek (subtitle, standfirst, kicker). */
    static boolean isDek(Element e) {
        return DEK_NAME.matcher(e.className()).find() || DEK_NAME.matcher(e.id()).find();
    }

    /** True when the element's class or id names a cookie or consent dialog. */
    static boolean neverArticle(Element e) {
        for (String token : tokens(e)) {
            if (CONSENT_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-cased words of an element's class and id. A heading's id is left out: it is usually an anchor made
     * from the heading's own words ("related-work", "nav_the_first_step"), not a description of page furniture.
     */
    static List<String> tokens(Element e) {
        List<String> tokens = new ArrayList<>();
        boolean heading = HEADINGS.contains(e.normalName());
        for (String attr : heading ? new String[] {e.className()} : new String[] {e.className(), e.id()}) {
            for (String token : TOKEN_SPLIT.split(attr)) {
                if (!token.isEmpty()) {
                    tokens.add(token.toLowerCase(Locale.ROOT));
                }
            }
        }
        return tokens;
    }
}
