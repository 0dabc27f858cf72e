package org.corroborate.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main content of a page, Readability-style: prunes furniture elements ({@link Furniture}), scores
 * containers by the paragraphs they hold (text length, commas) less their link density, picks the best one and its
 * high-scoring siblings, its twins and the lead before it ({@link LeadRegion}). Works iteratively (jsoup traversors,
 * no recursion), so deep nesting cannot overflow the stack.
 */
final class ContentFinder {
    private static final Pattern ENDS_WITH_FULL_STOP = Pattern.compile("\\.\\s*$");

    private static final Set<String> ALWAYS_DROP = Set.of("script", "style", "noscript", "iframe", "svg", "template",
            "object", "embed", "canvas", "button", "input", "select", "textarea", "dialog", "link", "meta", "rt", "rp");
    private static final Set<String> NEVER_DROP = Set.of("html", "body", "main", "article");
    private static final Set<String> POSITIVE_TOKENS = Set.of("article", "body", "content", "entry", "main", "page",
            "post", "text", "blog", "story", "prose", "paragraph");
    private static final Set<String> NEGATIVE_TOKENS = Set.of("foot", "footnote", "contact", "media", "scroll",
            "shoutbox", "skyscraper", "shopping", "tool", "tools", "combx", "comment", "related", "sidebar", "promo",
            "widget", "share", "social", "ad", "ads", "meta", "nav", "menu");
    private static final double KEEP_SHARE = 0.5;
    private static final int MIN_PARAGRAPH = 25;
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_RIVALS = 3;
    private static final double RIVAL_SHARE = 0.75;
    /** Blocks whose own text, beside child blocks, is a paragraph of theirs. */
    private static final Set<String> MIXED_BLOCKS = Set.of("div", "section");
    /** Children that make their parent a container of blocks rather than a paragraph. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "ul", "ol", "dl", "table",
            "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "form", "header", "footer", "figure", "main");
    /** The most link text a twin container or a lead paragraph may hold, as a share of its text. */
    static final double TWIN_MAX_LINKS = 0.25;
    private static final int FEW_PARAGRAPH_CHARS = 500;
    private static final int LENIENT_MIN_CHARS = 200;
    /** Paragraph text that makes a {@code <noscript>} the page's content (shown when scripts are off) to keep. */
    private static final int NOSCRIPT_MIN_CHARS = 400;

    private final ExtractionTrace trace;
    /** Container scores in document order (jsoup elements compare by identity). */
    private final Map<Element, Double> scores = new LinkedHashMap<>();

    private final boolean lenient;

    /**
     * A finder for one page.
     *
     * @param trace   where removals are recorded; not null
     * @param lenient when true, class and id names never mark furniture (only tags, roles and hidden elements do),
     *                and the whole body is taken when the best container holds little text: the second try for
     *                pages where the strict rules left almost nothing
     */
    ContentFinder(ExtractionTrace trace, boolean lenient) {
        this.trace = trace;
        this.lenient = lenient;
    }

    ContentFinder(ExtractionTrace trace) {
        this(trace, false);
    }

    /** The elements holding the article body, in document order; {@code body} itself when nothing scores. */
    List<Element> find(Element body) {
        prune(body);
        for (Element e : body.select("p, pre, td, blockquote, div, section, li")) {
            boolean leafLike = switch (e.tagName()) {
                case "p", "pre", "td", "blockquote" -> true;
                default -> e.ownText().length() >= MIN_PARAGRAPH;
            };
            // a block holding both other blocks and its own text (paragraphs written as text and <br>) holds that text
            // as a paragraph of its own, like Readability wrapping it in a <p>: the block itself is its container
            if (leafLike && MIXED_BLOCKS.contains(e.normalName()) && hasBlockChild(e)) {
                String own = e.ownText();
                double ownScore = 1 + commas(own) + Math.min(own.length() / 100.0, 3);
                scores.merge(e, initialScore(e) + ownScore, (old, add) -> old + ownScore);
            }
            String text = leafLike ? e.text() : e.ownText();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element ancestor = e.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, initialScore(ancestor) + score * share, (old, add) -> old + score * share);
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> finals = new LinkedHashMap<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double raw = entry.getValue();
            // a container scoring at most zero can be neither the best nor a kept sibling or twin: skip its links
            double value = raw <= 0 ? raw : raw * (1 - linkDensity(entry.getKey()));
            finals.put(entry.getKey(), value);
            if (value > bestScore) {
                best = entry.getKey();
                bestScore = value;
            }
        }
        if (best == null || lenient && best.text().length() < LENIENT_MIN_CHARS) {
            return List.of(body);
        }
        Element common = commonAncestorOfRivals(best, bestScore, finals);
        if (common != null) {
            best = common;
            bestScore = Math.max(bestScore, finals.getOrDefault(common, bestScore));
        }
        return LeadRegion.withLead(body, withTwins(body, best, withSiblings(best, bestScore, finals), finals));
    }

    /**
     * Readability's rule for articles split into several containers: when at least {@link #MIN_RIVALS} of the
     * {@link #TOP_CANDIDATES} best containers score {@link #RIVAL_SHARE} of the best or more, the nearest ancestor of
     * the best that holds that many of them; null when there is none (below the body).
     */
    private static Element commonAncestorOfRivals(Element best, double bestScore, Map<Element, Double> finals) {
        List<Map.Entry<Element, Double>> ranked = new ArrayList<>(finals.entrySet());
        ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<Element> rivals = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : ranked.subList(0, Math.min(TOP_CANDIDATES, ranked.size()))) {
            if (entry.getKey() != best && entry.getValue() >= bestScore * RIVAL_SHARE) {
                rivals.add(entry.getKey());
            }
        }
        if (rivals.size() < MIN_RIVALS) {
            return null;
        }
        for (Element ancestor = best.parent(); ancestor != null && !ancestor.nameIs("body");
                ancestor = ancestor.parent()) {
            int inside = 0;
            for (Element rival : rivals) {
                if (rival.parents().contains(ancestor)) {
                    inside++;
                }
            }
            if (inside >= MIN_RIVALS) {
                return ancestor;
            }
        }
        return null;
    }

    /**
     * Adds the best container's twins: elements elsewhere on the page with the same tag and class that hold scored
     * paragraphs with few links. Long articles are often split into repeated chunks (one per ad slot), and only one of
     * them wins the score. The result is in document order and holds no element twice (nor one inside another).
     */
    private List<Element> withTwins(Element body, Element best, List<Element> chosen, Map<Element, Double> finals) {
        String className = best.className();
        if (className.isBlank()) {
            return chosen;
        }
        List<Element> twins = new ArrayList<>();
        for (Map.Entry<Element, Double> entry : finals.entrySet()) {
            Element e = entry.getKey();
            if (entry.getValue() > 0 && e != best && e.tagName().equals(best.tagName())
                    && e.className().equals(className) && linkDensity(e) < TWIN_MAX_LINKS
                    && !overlaps(e, chosen) && !overlaps(e, twins)) {
                twins.add(e);
            }
        }
        if (twins.isEmpty()) {
            return chosen;
        }
        Set<Element> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        wanted.addAll(chosen);
        wanted.addAll(twins);
        List<Element> ordered = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (wanted.contains(e)) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    /** Whether one of the element's children is a block ({@link #BLOCK_TAGS}). */
    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCK_TAGS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is one of {@code others}, inside one of them, or holds one of them. */
    private static boolean overlaps(Element e, List<Element> others) {
        for (Element other : others) {
            if (other == e || e.parents().contains(other) || other.parents().contains(e)) {
                return true;
            }
        }
        return false;
    }

    private List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> finals) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> result = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best) {
                result.add(sibling);
                continue;
            }
            Double score = finals.get(sibling);
            if (score != null && score >= threshold) {
                result.add(sibling);
            } else if (sibling.tagName().equals("p")) {
                String text = sibling.text();
                double links = linkDensity(sibling);
                if (text.length() > 80 && links < 0.25
                        || text.length() <= 80 && links == 0 && ENDS_WITH_FULL_STOP.matcher(text).find()
                        && text.length() > 0) {
                    result.add(sibling);
                }
            }
        }
        return result;
    }

    private void prune(Element body) {
        int total = paragraphText(body);
        // pages that write paragraphs as <div>/<br> text have little <p> text: then weigh all text outside links
        int plainTotal = total < FEW_PARAGRAPH_CHARS ? plainText(body) : 0;
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return node.nodeName().equals("#comment") ? FilterResult.REMOVE : FilterResult.CONTINUE;
                }
                String tag = e.tagName();
                if (ALWAYS_DROP.contains(tag) && !(tag.equals("noscript") && paragraphText(e) >= NOSCRIPT_MIN_CHARS)) {
                    return FilterResult.REMOVE;
                }
                if (NEVER_DROP.contains(tag)) {
                    return FilterResult.CONTINUE;
                }
                String why = Furniture.reason(e, lenient);
                if (why == null) {
                    return FilterResult.CONTINUE;
                }
                // comment threads and cookie or consent dialogs are never the article, however much text they hold
                boolean discussion = why.contains("comment") || why.contains("disqus") || Furniture.neverArticle(e);
                if (!discussion && total > 0 && paragraphText(e) > total * KEEP_SHARE) {
                    return FilterResult.CONTINUE; // it holds most of the article: not furniture after all
                }
                boolean byName = why.contains("class/id");
                if (!discussion && byName && plainTotal > 0 && plainText(e) > plainTotal * KEEP_SHARE) {
                    return FilterResult.CONTINUE;
                }
                if (trace.on()) {
                    String text = e.text();
                    if (!text.isBlank()) {
                        trace.removed("element " + why, text);
                    }
                }
                return FilterResult.REMOVE;
            }
        }, body);
    }

    private static double initialScore(Element e) {
        double score = switch (e.tagName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        for (String token : Furniture.tokens(e)) {
            if (POSITIVE_TOKENS.contains(token)) {
                score += 25;
                break;
            }
        }
        for (String token : Furniture.tokens(e)) {
            if (NEGATIVE_TOKENS.contains(token)) {
                score -= 25;
                break;
            }
        }
        return score;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                n++;
            }
        }
        return n;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
    }

    /** The length of the text outside links. */
    private static int plainText(Element e) {
        int links = 0;
        for (Element a : e.getElementsByTag("a")) {
            links += a.text().length();
        }
        return Math.max(0, e.text().length() - links);
    }

    private static int paragraphText(Element e) {
        int n = 0;
        for (Element p : e.select("p")) {
            n += p.text().length();
        }
        return n;
    }
}
