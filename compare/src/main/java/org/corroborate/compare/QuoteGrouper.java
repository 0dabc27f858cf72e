package org.corroborate.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.IndependentSources;
import org.corroborate.api.Quote;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.QuoteRendering;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.corroborate.api.Story;
import org.corroborate.text.ContentWords;

/**
 * Groups the quotes of a story's articles into utterances.
 *
 * <p>Two quotes are renderings of one utterance when their speakers are compatible (the same canonical entity; or,
 * both unresolved, the same speaker name) and their texts are similar: a common run of at least {@code quoteRun}
 * words, containment of one word sequence in the other, or a character 4-gram Jaccard of at least
 * {@code quoteJaccard}. Quotes without a compatible speaker are grouped only when their texts are near-identical (same
 * words, or 4-gram Jaccard of 0.8 or more). Grouping is single-link over pairs, best pair first. Every quote lands in
 * a group, so single renderings form groups of their own. An indirect rendering of the same speaker also attaches to
 * a direct one that holds at least half (and at least three) of its content words. Each direct rendering is flagged
 * {@code truncated} when another outlet quotes more of the same words, and {@code paraphrased} when another outlet's
 * quote marks hold other words and its wording is not the one most outlets carry.
 *
 * <p>Not thread-safe: one instance per call.
 */
final class QuoteGrouper {

    private static final double NEAR_IDENTICAL = 0.8;
    /** An indirect rendering attaches to a direct one sharing at least this many content words... */
    private static final int INDIRECT_MIN_SHARED = 3;
    /** ...and at least this share of its own content words. */
    private static final double INDIRECT_SHARE = 0.5;
    /** How many of a quote's rarest words it is blocked by. */
    static final int BLOCKING_KEYS = 6;

    private record Item(int order, AnnotatedArticle article, Quote quote, List<String> words, Set<String> grams) {
    }

    private record Pair(int a, int b, double sim) {
    }

    private final CompareOptions options;

    QuoteGrouper(CompareOptions options) {
        this.options = options;
    }

    /** Quote groups with ids {@code q1..}, sorted by independent sources (desc), then first occurrence. */
    List<QuoteGroup> group(List<AnnotatedArticle> articles, Story story, Map<String, String> outlets) {
        List<Item> items = new ArrayList<>();
        for (int order = 0; order < articles.size(); order++) {
            AnnotatedArticle a = articles.get(order);
            List<Quote> quotes = new ArrayList<>(a.quotes());
            quotes.sort(Comparator.comparingInt(q -> q.content().start()));
            for (Quote q : quotes) {
                String text = String.join(" ", q.pieces().stream().map(Span::text).toList());
                items.add(new Item(order, a, q, ContentWords.words(text), grams(text)));
            }
        }
        int n = items.size();
        List<Pair> pairs = pairs(items);
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
        Map<Integer, List<Item>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<QuoteGroup> unnamed = new ArrayList<>();
        for (List<Item> members : groups.values()) {
            unnamed.add(build(members, story, outlets));
        }
        // groups are in first-occurrence order already; a stable sort keeps it among equals
        unnamed.sort(Comparator.comparingInt((QuoteGroup g) -> -g.independentSources()));
        List<QuoteGroup> result = new ArrayList<>();
        for (QuoteGroup g : unnamed) {
            result.add(new QuoteGroup("q" + (result.size() + 1), g.speaker(), g.speakerEntityId(), g.renderings(),
                    g.wordingDiffers(), g.independentSources()));
        }
        return result;
    }

    /**
     * The pairs of quotes that are renderings of one utterance, found by blocking: each quote is compared with the
     * quotes that contain one of its {@value #BLOCKING_KEYS} rarest words (fewest quotes of the story have them), so
     * that a story with thousands of quotes is not compared all against all. Renderings of one utterance share most
     * of their words, rare ones included.
     */
    private List<Pair> pairs(List<Item> items) {
        int n = items.size();
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (String word : new HashSet<>(items.get(i).words())) {
                postings.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
            }
        }
        List<Set<String>> keys = new ArrayList<>();
        for (Item item : items) {
            List<String> words = new ArrayList<>(new HashSet<>(item.words()));
            words.sort(Comparator.comparingInt((String w) -> postings.get(w).size()).thenComparing(w -> w));
            keys.add(Set.copyOf(words.subList(0, Math.min(BLOCKING_KEYS, words.size()))));
        }
        List<Pair> pairs = new ArrayList<>();
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        for (int i = 0; i < n; i++) {
            for (String key : keys.get(i)) {
                for (int j : postings.get(key)) {
                    if (j == i || seen[j] == i) {
                        continue;
                    }
                    seen[j] = i;
                    // each unordered pair once: from the lower index, or from the higher when the lower cannot see it
                    if (j > i || !containsAny(items.get(i).words(), keys.get(j))) {
                        int a = Math.min(i, j);
                        int b = Math.max(i, j);
                        double sim = similarity(items.get(a), items.get(b));
                        if (sim > 0) {
                            pairs.add(new Pair(a, b, sim));
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean containsAny(List<String> words, Set<String> keys) {
        for (String w : words) {
            if (keys.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private QuoteGroup build(List<Item> members, Story story, Map<String, String> outlets) {
        String speaker = null;
        String entityId = null;
        for (Item m : members) {
            Speaker s = m.quote().speaker();
            if (s != null && s.entityId() != null && entityId == null) {
                entityId = s.entityId();
                speaker = s.name();
            }
        }
        for (Item m : members) {
            Speaker s = m.quote().speaker();
            if (speaker == null && s != null) {
                speaker = s.name();
            }
        }
        List<QuoteRendering> renderings = new ArrayList<>();
        Set<List<String>> wordings = new HashSet<>();
        List<String> ids = new ArrayList<>();
        Map<List<String>, Integer> directWordings = new HashMap<>();
        Map<List<String>, Set<String>> articlesOfWording = new HashMap<>();
        for (Item m : members) {
            if (m.quote().direct() && !m.words().isEmpty()) {
                directWordings.merge(m.words(), 1, Integer::sum);
                articlesOfWording.computeIfAbsent(m.words(), k -> new HashSet<>()).add(m.article().id());
            }
        }
        List<String> majority = null;
        int best = 0;
        boolean tie = false;
        for (Map.Entry<List<String>, Integer> e : directWordings.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                majority = e.getKey();
                tie = false;
            } else if (e.getValue() == best) {
                tie = true;
            }
        }
        for (Item m : members) {
            renderings.add(new QuoteRendering(m.quote(), outlets.getOrDefault(m.article().id(),
                    m.article().article().outlet()), flags(m, articlesOfWording, tie ? null : majority)));
            wordings.add(m.words());
            ids.add(m.article().id());
        }
        return new QuoteGroup("", speaker, entityId, renderings, wordings.size() > 1,
                IndependentSources.count(ids, story, outlets));
    }

    /**
     * The flags of one rendering against the group's direct wordings in other articles: {@code truncated} when its
     * words are a strict run of another direct wording's words; {@code paraphrased} when another direct wording neither contains nor is
     * contained in it, unless its own wording is the one most renderings carry ({@code majority}, null on a tie).
     * Indirect renderings carry no flag: they make no claim to the speaker's words.
     */
    static List<String> flags(Item item, Map<List<String>, Set<String>> directWordings, List<String> majority) {
        if (!item.quote().direct() || item.words().isEmpty()) {
            return List.of();
        }
        boolean truncated = false;
        boolean differs = false;
        for (Map.Entry<List<String>, Set<String>> e : directWordings.entrySet()) {
            List<String> other = e.getKey();
            if (other.equals(item.words()) || Set.of(item.article().id()).containsAll(e.getValue())) {
                continue; // the same wording, or only this article's own other quotes
            }
            if (other.size() > item.words().size() && Collections.indexOfSubList(other, item.words()) >= 0) {
                truncated = true;
            } else if (Collections.indexOfSubList(item.words(), other) < 0) {
                differs = true;
            }
        }
        List<String> flags = new ArrayList<>();
        if (differs && !item.words().equals(majority)) {
            flags.add(QuoteRendering.PARAPHRASED);
        }
        if (truncated) {
            flags.add(QuoteRendering.TRUNCATED);
        }
        return flags;
    }

    /** The strength of the link between two quotes; 0 when they are not renderings of one utterance. */
    double similarity(Item a, Item b) {
        double jaccard = jaccard(a.grams(), b.grams());
        boolean identical = !a.words().isEmpty() && a.words().equals(b.words());
        if (!sameSpeaker(a.quote().speaker(), b.quote().speaker())) {
            return identical || jaccard >= NEAR_IDENTICAL ? Math.max(jaccard, 0.8) : 0;
        }
        int run = longestCommonRun(a.words(), b.words());
        int shorter = Math.min(a.words().size(), b.words().size());
        boolean contained = shorter >= 2 && run == shorter;
        if (run >= options.quoteRun() || contained || jaccard >= options.quoteJaccard()) {
            return Math.max(jaccard, shorter == 0 ? 0 : (double) run / Math.max(a.words().size(), b.words().size()));
        }
        if (a.quote().direct() != b.quote().direct()) {
            // an indirect rendering ("she said they would rebuild every home") attaches to the direct one when most
            // of its content words are in it
            Item indirect = a.quote().direct() ? b : a;
            Item direct = indirect == a ? b : a;
            Set<String> said = contentWords(indirect.words());
            Set<String> quoted = contentWords(direct.words());
            int shared = 0;
            for (String w : said) {
                shared += quoted.contains(w) ? 1 : 0;
            }
            if (shared >= INDIRECT_MIN_SHARED && shared >= INDIRECT_SHARE * said.size()) {
                return (double) shared / Math.max(said.size(), quoted.size());
            }
        }
        return 0;
    }

    private static boolean sameSpeaker(Speaker a, Speaker b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.entityId() != null || b.entityId() != null) {
            return a.entityId() != null && a.entityId().equals(b.entityId());
        }
        return a.name().strip().toLowerCase(Locale.ROOT).equals(b.name().strip().toLowerCase(Locale.ROOT));
    }

    static int longestCommonRun(List<String> a, List<String> b) {
        int best = 0;
        int[] prev = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            int[] cur = new int[b.size() + 1];
            for (int j = 1; j <= b.size(); j++) {
                if (a.get(i - 1).equals(b.get(j - 1))) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    private static Set<String> contentWords(List<String> words) {
        Set<String> result = new HashSet<>();
        for (String w : words) {
            String c = ContentWords.GENERAL.contentWord(w);
            if (c != null) {
                result.add(c);
            }
        }
        return result;
    }

    /** Character 4-grams of the normalised words joined by single spaces. */
    static Set<String> grams(String text) {
        String norm = String.join(" ", ContentWords.words(text));
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 4 <= norm.length(); i++) {
            grams.add(norm.substring(i, i + 4));
        }
        if (grams.isEmpty() && !norm.isEmpty()) {
            grams.add(norm);
        }
        return grams;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String g : a) {
            if (b.contains(g)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static int find(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }
}
