package org.corroborate.compare;

import org.corroborate.text.SparseVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.EntityMention;
import org.corroborate.api.Quantity;
import org.corroborate.api.Sentence;
import org.corroborate.api.Token;
import org.corroborate.text.ContentWords;

/**
 * Aligns the sentences of a story's articles into facts.
 *
 * <p>Candidates are all sentences with at least {@code minContentWords} content words (numbers count). Two
 * candidates of different articles are scored by the cosine of their content-lemma TF-IDF vectors (IDF over the
 * story's candidate sentences), plus a bonus per shared canonical entity id (capped) and a bonus when they share a
 * compatible quantity. When their quantities of one unit conflict they may still align, but only from a higher
 * similarity: the same claim with another number becomes one disputed fact, while paraphrases with different numbers
 * and little shared wording stay apart. Only the pairs that blocking proposes are scored (sentences sharing one of
 * either's rarest terms), so a story of hundreds of articles is not compared all pairs against all
 * pairs. Pairs are united greedily, best first, single-link, never putting two sentences of the same article into one
 * fact.
 *
 * <p>Not thread-safe: one instance per call.
 */
final class FactAligner {

    /**
     * A candidate sentence.
     *
     * @param order      its article's position in the story
     * @param article    the article
     * @param sentence   the sentence
     * @param entities   the canonical entity ids mentioned in it, sorted
     * @param quantities the quantities inside it
     * @param vector     its unit TF-IDF vector
     */
    record Candidate(int order, AnnotatedArticle article, Sentence sentence, TreeSet<String> entities,
                     List<Quantity> quantities, SparseVector vector) {
    }

    private record Pair(int a, int b, double sim) {
    }

    /** How many of a sentence's rarest terms it is blocked by. */
    static final int BLOCKING_KEYS = 4;

    private final CompareOptions options;
    private final Numbers numbers;

    FactAligner(CompareOptions options, Numbers numbers) {
        this.options = options;
        this.numbers = numbers;
    }

    /**
     * @param articles the story's articles in story order
     * @return the facts as lists of candidates (each list in candidate order), ordered by their first candidate
     */
    List<List<Candidate>> align(List<AnnotatedArticle> articles) {
        return align(articles, true);
    }

    /**
     * @param articles the story's articles in story order
     * @param blocked  true to score only the pairs that blocking proposes (see {@link #pairs}); false to score every
     *                 pair of sentences of different articles (quadratic; for tests that check blocking loses nothing)
     * @return the facts as lists of candidates
     */
    List<List<Candidate>> align(List<AnnotatedArticle> articles, boolean blocked) {
        List<Candidate> candidates = candidates(articles);
        int n = candidates.size();
        List<Pair> pairs = blocked ? pairs(candidates) : allPairs(candidates);
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] parent = new int[n];
        List<BitSet> articlesOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            BitSet bits = new BitSet();
            bits.set(candidates.get(i).order());
            articlesOf.add(bits);
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb || articlesOf.get(ra).intersects(articlesOf.get(rb))) {
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            parent[gone] = keep;
            articlesOf.get(keep).or(articlesOf.get(gone));
        }
        Map<Integer, List<Candidate>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(candidates.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private List<Pair> allPairs(List<Candidate> candidates) {
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < candidates.size(); a++) {
            for (int b = a + 1; b < candidates.size(); b++) {
                addPair(candidates, a, b, pairs);
            }
        }
        return pairs;
    }

    /**
     * The pairs worth scoring, found by blocking instead of all pairs: each sentence is paired with every sentence of
     * another article that contains one of its {@value #BLOCKING_KEYS} rarest content terms (lowest document frequency
     * in the story); each pair is proposed once and then scored exactly. Two sentences that share none of either's
     * rarest terms (names and numbers' words included) have a low cosine and do not reach the threshold in practice.
     * The cost grows with the sizes of the rare terms' postings, not with the square of the number of sentences.
     */
    private List<Pair> pairs(List<Candidate> candidates) {
        int n = candidates.size();
        Map<Integer, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            for (int term : c.vector().ids()) {
                postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        int[][] keys = new int[n][];
        for (int i = 0; i < n; i++) {
            keys[i] = rarest(candidates.get(i), postings);
        }
        List<Pair> pairs = new ArrayList<>();
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        for (int a = 0; a < n; a++) {
            Candidate ca = candidates.get(a);
            List<List<Integer>> blocks = new ArrayList<>();
            for (int term : keys[a]) {
                blocks.add(postings.get(term));
            }
            for (List<Integer> block : blocks) {
                for (int b : block) {
                    if (seen[b] == a) {
                        continue;
                    }
                    seen[b] = a;
                    // each unordered pair once: the lower index proposes unless only the higher one can see it
                    if (b != a && (b > a || !proposes(keys[b], ca))) {
                        addPair(candidates, Math.min(a, b), Math.max(a, b), pairs);
                    }
                }
            }
        }
        return pairs;
    }

    /** True when {@code from} proposes {@code to} by its own blocks (so the pair is found from {@code from}). */
    private static boolean proposes(int[] fromKeys, Candidate to) {
        for (int term : fromKeys) {
            if (to.vector().has(term)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of a candidate's {@value #BLOCKING_KEYS} terms with the shortest postings (ties: lower id first). */
    private static int[] rarest(Candidate c, Map<Integer, List<Integer>> postings) {
        int[] ids = c.vector().ids();
        long[] keyed = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            keyed[i] = ((long) postings.get(ids[i]).size() << 32) | ids[i];
        }
        Arrays.sort(keyed);
        int k = Math.min(BLOCKING_KEYS, keyed.length);
        int[] result = new int[k];
        for (int i = 0; i < k; i++) {
            result[i] = (int) keyed[i];
        }
        return result;
    }

    private void addPair(List<Candidate> candidates, int a, int b, List<Pair> into) {
        Candidate ca = candidates.get(a);
        Candidate cb = candidates.get(b);
        if (ca.order() == cb.order()) {
            return;
        }
        double sim = similarity(ca, cb);
        if (sim >= options.alignThreshold()) {
            into.add(new Pair(a, b, sim));
        }
    }

    /** The alignment score of two candidates of different articles; 0 when they must not align. */
    double similarity(Candidate a, Candidate b) {
        double cosine = a.vector().cosine(b.vector());
        if (cosine + options.maxEntityBonus() + options.quantityBonus() < options.alignThreshold()) {
            return cosine; // cannot reach the threshold whatever the bonuses; skip the costlier checks
        }
        int shared = 0;
        for (String e : a.entities()) {
            if (b.entities().contains(e)) {
                shared++;
            }
        }
        double score = cosine + Math.min(options.maxEntityBonus(), shared * options.entityBonus());
        Numbers.Relation relation = a.quantities().isEmpty() || b.quantities().isEmpty() ? Numbers.Relation.NONE
                : numbers.relate(a.quantities(), b.quantities());
        if (relation == Numbers.Relation.AGREE) {
            score += options.quantityBonus();
        } else if (relation == Numbers.Relation.DISAGREE && score < options.disputedThreshold()) {
            return 0;
        }
        return Math.min(1.0, score);
    }

    private List<Candidate> candidates(List<AnnotatedArticle> articles) {
        List<List<String>> lemmas = new ArrayList<>();
        List<Candidate> raw = new ArrayList<>();
        for (int order = 0; order < articles.size(); order++) {
            AnnotatedArticle article = articles.get(order);
            for (Sentence sentence : article.sentences()) {
                List<String> content = new ArrayList<>();
                int numbers = 0;
                for (Token token : sentence.tokens()) {
                    String lemma = ContentWords.GENERAL.contentLemma(token);
                    if (lemma != null) {
                        content.add(lemma);
                    } else if (ContentWords.isNumber(token)) {
                        numbers++;
                    }
                }
                if (content.size() + numbers < options.minContentWords() || content.isEmpty()) {
                    continue;
                }
                TreeSet<String> entities = new TreeSet<>();
                for (EntityMention m : article.entities()) {
                    if (m.span().within(sentence.span())) {
                        entities.add(m.entityId());
                    }
                }
                List<Quantity> quantities = new ArrayList<>();
                for (Quantity q : article.quantities()) {
                    if (q.span().within(sentence.span())) {
                        quantities.add(q);
                    }
                }
                lemmas.add(content);
                raw.add(new Candidate(order, article, sentence, entities, quantities, SparseVector.EMPTY));
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        TreeSet<String> vocabulary = new TreeSet<>();
        lemmas.forEach(vocabulary::addAll);
        for (String term : vocabulary) {
            ids.put(term, ids.size());
        }
        int[] df = new int[ids.size()];
        for (List<String> l : lemmas) {
            for (String term : new TreeSet<>(l)) {
                df[ids.get(term)]++;
            }
        }
        int n = raw.size();
        List<Candidate> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = new TreeMap<>();
            for (String term : lemmas.get(i)) {
                tf.merge(ids.get(term), 1, Integer::sum);
            }
            Map<Integer, Double> weights = new TreeMap<>();
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                double idf = Math.log((n + 1.0) / (df[e.getKey()] + 1.0)) + 1.0;
                weights.put(e.getKey(), (1.0 + Math.log(e.getValue())) * idf);
            }
            Candidate c = raw.get(i);
            result.add(new Candidate(c.order(), c.article(), c.sentence(), c.entities(), c.quantities(),
                    SparseVector.of(weights).normalized()));
        }
        return result;
    }

    private static int find(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }
}
