package org.corroborate.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Quantity;
import org.corroborate.api.Sentence;
import org.corroborate.api.Token;
import org.corroborate.text.ContentWords;

/**
 * Links quantities of different articles that measure the same thing even when their sentences are different
 * facts: "it currently holds about a fifth of Ukraine's territory" and "Russia has occupied about 20% of its
 * neighbor's territory" both give the share of <em>territory</em>; "a discussion that lasted almost two and a half
 * hours" and "a call that lasted over two hours" both give how long something <em>lasted</em>.
 *
 * <p>Two quantities are linked when they have the same normalised unit of measure (see {@link #isMeasure}), come
 * from different articles, and share an
 * anchor: the head noun of an "of" phrase right after the quantity ("a fifth of ... territory"), or the verb right
 * before it ("lasted almost ..."), or the noun right before it ("a range of 1,000 miles"); or, failing that, when
 * the content words around them (six tokens each side) overlap by a Jaccard of at least
 * {@value #CONTEXT_THRESHOLD}. Linked quantities form groups (transitively).
 *
 * <p>Stateless and thread-safe.
 */
final class QuantityLinker {

    static final double CONTEXT_THRESHOLD = 0.34;
    private static final int WINDOW = 6;
    /** Words an "of" phrase may open with or carry before its head ("of its neighbour's territory"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those", "'s", "s", "\u2019s");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS",
            "NNP", "NNPS", "CD", "HYPH");

    /**
     * A quantity in its sentence.
     *
     * @param order    the article's position in the story
     * @param article  the article
     * @param sentence the sentence holding the quantity
     * @param quantity the quantity
     * @param anchors  what it measures ({@code of:territory}, {@code verb:last}, {@code noun:range})
     * @param context  content lemmas around it
     */
    record Located(int order, AnnotatedArticle article, Sentence sentence, Quantity quantity, Set<String> anchors,
                   Set<String> context) {
    }

    /** Every quantity of the articles with its anchors and context, in article and text order. */
    List<Located> locate(List<AnnotatedArticle> ordered) {
        List<Located> result = new ArrayList<>();
        for (int order = 0; order < ordered.size(); order++) {
            AnnotatedArticle article = ordered.get(order);
            for (Quantity q : article.quantities()) {
                Sentence sentence = sentenceOf(article, q);
                if (sentence != null) {
                    result.add(describe(order, article, sentence, q));
                }
            }
        }
        return result;
    }

    /** True when two located quantities measure the same thing in different articles. */
    boolean linked(Located a, Located b) {
        if (a.order() == b.order() || !a.quantity().unit().equals(b.quantity().unit())
                || !isMeasure(a.quantity().unit())) {
            return false;
        }
        for (String anchor : a.anchors()) {
            if (b.anchors().contains(anchor)) {
                return true;
            }
        }
        return jaccard(a.context(), b.context()) >= CONTEXT_THRESHOLD;
    }

    /** Groups of linked quantities (each with at least two articles), in order of their first member. */
    List<List<Located>> groups(List<Located> located) {
        int n = located.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // only quantities of one unit can link, and a pair already in one group adds nothing: the groups are those
        // of all pairs, without testing every pair of a large story
        Map<String, List<Integer>> byUnit = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byUnit.computeIfAbsent(located.get(i).quantity().unit(), k -> new ArrayList<>()).add(i);
        }
        for (List<Integer> members : byUnit.values()) {
            if (!isMeasure(located.get(members.get(0)).quantity().unit())) {
                continue;
            }
            for (int x = 0; x < members.size(); x++) {
                int i = members.get(x);
                for (int y = x + 1; y < members.size(); y++) {
                    int j = members.get(y);
                    int ri = find(parent, i);
                    int rj = find(parent, j);
                    if (ri != rj && linked(located.get(i), located.get(j))) {
                        parent[Math.max(ri, rj)] = Math.min(ri, rj);
                    }
                }
            }
        }
        TreeMap<Integer, List<Located>> byRoot = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(located.get(i));
        }
        List<List<Located>> result = new ArrayList<>();
        for (List<Located> group : byRoot.values()) {
            if (group.stream().map(Located::order).distinct().count() >= 2) {
                result.add(List.copyOf(group));
            }
        }
        return result;
    }

    private static Located describe(int order, AnnotatedArticle article, Sentence sentence, Quantity q) {
        List<Token> tokens = sentence.tokens();
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.end() > q.span().start() && t.start() < q.span().end()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        Set<String> anchors = new HashSet<>();
        Set<String> context = new HashSet<>();
        if (first < 0) {
            return new Located(order, article, sentence, q, anchors, context);
        }
        if (last + 1 < tokens.size() && "of".equalsIgnoreCase(tokens.get(last + 1).word())) {
            String head = null;
            for (int i = last + 2; i < tokens.size() && i <= last + 7; i++) {
                Token t = tokens.get(i);
                String word = t.word().toLowerCase(Locale.ROOT);
                if (DETERMINERS.contains(word)) {
                    continue;
                }
                if (!NOUN_PHRASE_TAGS.contains(t.tag()) || ContentWords.GENERAL.contentWord(word) == null) {
                    break;
                }
                if (t.tag().startsWith("NN")) {
                    head = lemma(t);
                }
            }
            if (head != null) {
                anchors.add("of:" + head);
            }
        }
        for (int i = first - 1; i >= 0 && i >= first - 3; i--) {
            Token t = tokens.get(i);
            if (t.tag().startsWith("VB")) {
                anchors.add("verb:" + lemma(t));
                break;
            }
            if (t.tag().startsWith("NN")) {
                anchors.add("noun:" + lemma(t));
                break;
            }
        }
        for (int i = Math.max(0, first - WINDOW); i < Math.min(tokens.size(), last + 1 + WINDOW); i++) {
            if (i >= first && i <= last) {
                continue;
            }
            String word = ContentWords.GENERAL.contentLemma(tokens.get(i));
            if (word != null) {
                context.add(word);
            }
        }
        anchors.remove("verb:be");
        anchors.remove("verb:have");
        return new Located(order, article, sentence, q, Set.copyOf(anchors), Set.copyOf(context));
    }

    /**
     * True for units of measure (ratios, metres, seconds, currencies). Counts are left to fact alignment: their
     * unit, the counted noun ("people"), is shared by too many different claims ("carried 40 people from the
     * school", "carried 25 people from the market") to link them by context.
     */
    static boolean isMeasure(String unit) {
        return unit.equals("ratio") || unit.equals("m") || unit.equals("s") || unit.matches("[A-Z]{3}");
    }

    private static String lemma(Token t) {
        String base = t.lemma() != null && !t.lemma().isBlank() ? t.lemma() : t.word();
        return base.toLowerCase(Locale.ROOT);
    }

    private static Sentence sentenceOf(AnnotatedArticle article, Quantity q) {
        for (Sentence s : article.sentences()) {
            if (q.span().start() >= s.span().start() && q.span().start() < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }

    private static int find(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]]; // path halving keeps the trees flat
            r = parent[r];
        }
        return r;
    }
}
