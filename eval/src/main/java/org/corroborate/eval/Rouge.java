package org.corroborate.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A ROUGE scorer that reproduces ROUGE-1.5.5 ({@code -f A}: scores summed over the references of a topic) exactly:
 * ROUGE-N, summary-level ROUGE-L and ROUGE-SU, with its tokenisation, {@code -l} truncation, {@code -m} stemming and
 * rounding. System averages with ROUGE's bootstrap are in {@link RougeAverage}.
 *
 * <p>A summary is a list of sentences; sentence splits matter for ROUGE-L (and for nothing else). The rules are
 * those of ROUGE-1.5.5 as documented with the conformance data:
 * <ul>
 *   <li>ROUGE-N over the concatenated tokens of all kept sentences: hits = Σ min(count_ref, count_peer) per
 *       reference; R = Σ hits / Σ reference n-grams, P = Σ hits / (references × peer n-grams).</li>
 *   <li>ROUGE-L per reference: the union, per reference sentence, of the LCS positions with each peer sentence, each
 *       position a hit only while the unigram budgets of the whole reference and the whole peer last.</li>
 *   <li>ROUGE-SU{@code d}: every pair at most {@code d} words apart plus the unigrams of all tokens but the last.</li>
 *   <li>R and P are rounded to five decimals, then F is computed from them and rounded.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Rouge {

    private final RougeOptions options;
    private final RougeStemmer stemmer;

    /**
     * @param options the options; never null
     * @param stemmer the stemmer used when {@code options.stem()}; never null
     */
    public Rouge(RougeOptions options, RougeStemmer stemmer) {
        this.options = Objects.requireNonNull(options, "options");
        this.stemmer = Objects.requireNonNull(stemmer, "stemmer");
    }

    /** A scorer with the bundled stemmer. */
    public static Rouge of(RougeOptions options) {
        return new Rouge(options, RougeStemmer.standard());
    }

    public RougeOptions options() {
        return options;
    }

    /**
     * Scores one peer summary against the references of its topic.
     *
     * @param peer       the peer's sentences; never null, may be empty
     * @param references each reference's sentences; never null, at least one
     * @return the score of every metric of {@link RougeOptions#metrics()}, in that order; unmodifiable, never null
     */
    public Map<String, RougeScore> score(List<String> peer, List<List<String>> references) {
        Objects.requireNonNull(peer, "peer");
        if (references.isEmpty()) {
            throw new IllegalArgumentException("at least one reference is needed");
        }
        RougeStemmer s = options.stem() ? stemmer : null;
        List<List<String>> peerSentences = RougeText.sentenceTokens(peer, options.lengthLimit(), s);
        List<List<List<String>>> refSentences = new ArrayList<>();
        for (List<String> reference : references) {
            refSentences.add(RougeText.sentenceTokens(reference, options.lengthLimit(), s));
        }
        List<String> peerTokens = flatten(peerSentences);
        List<List<String>> refTokens = refSentences.stream().map(Rouge::flatten).toList();

        Map<String, RougeScore> scores = new LinkedHashMap<>();
        for (int n = 1; n <= options.maxN(); n++) {
            int size = n;
            Map<String, Integer> peerGrams = ngrams(peerTokens, size);
            List<Map<String, Integer>> refGrams = refTokens.stream().map(t -> ngrams(t, size)).toList();
            scores.put("ROUGE-" + n, summed(peerGrams, refGrams));
        }
        if (options.rougeL()) {
            scores.put("ROUGE-L", lcs(peerSentences, refSentences));
        }
        if (options.skipDistance() >= 0) {
            int d = options.skipDistance();
            Map<String, Integer> peerGrams = skipGrams(peerTokens, d);
            List<Map<String, Integer>> refGrams = refTokens.stream().map(t -> skipGrams(t, d)).toList();
            scores.put("ROUGE-SU" + d, summed(peerGrams, refGrams));
        }
        return Collections.unmodifiableMap(scores);
    }

    private RougeScore summed(Map<String, Integer> peer, List<Map<String, Integer>> references) {
        long peerTotal = total(peer);
        long hits = 0;
        long refTotal = 0;
        for (Map<String, Integer> reference : references) {
            refTotal += total(reference);
            for (Map.Entry<String, Integer> e : reference.entrySet()) {
                Integer p = peer.get(e.getKey());
                if (p != null) {
                    hits += Math.min(p, e.getValue());
                }
            }
        }
        return RougeScore.of(hits, refTotal, (double) references.size() * peerTotal, options.alpha());
    }

    private RougeScore lcs(List<List<String>> peer, List<List<List<String>>> references) {
        long hits = 0;
        long refTotal = 0;
        long peerTotal = 0;
        List<String> peerTokens = flatten(peer);
        for (List<List<String>> reference : references) {
            List<String> refTokens = flatten(reference);
            Map<String, Integer> refBudget = ngrams(refTokens, 1);
            Map<String, Integer> peerBudget = ngrams(peerTokens, 1);
            refTotal += refTokens.size();
            peerTotal += peerTokens.size();
            for (List<String> refSentence : reference) {
                TreeSet<Integer> union = new TreeSet<>();
                for (List<String> peerSentence : peer) {
                    lcsPositions(refSentence, peerSentence, union);
                }
                for (int position : union) {
                    String token = refSentence.get(position);
                    int r = refBudget.getOrDefault(token, 0);
                    int p = peerBudget.getOrDefault(token, 0);
                    if (r > 0 && p > 0) {
                        hits++;
                        refBudget.put(token, r - 1);
                        peerBudget.put(token, p - 1);
                    }
                }
            }
        }
        return RougeScore.of(hits, refTotal, peerTotal, options.alpha());
    }

    /**
     * Adds to {@code into} the positions of {@code x} on the LCS of {@code x} and {@code y}, back-traced from the
     * classic table: diagonal on a match, else up when c[i−1][j] ≥ c[i][j−1], else left.
     */
    static void lcsPositions(List<String> x, List<String> y, Set<Integer> into) {
        int m = x.size();
        int n = y.size();
        if (m == 0 || n == 0) {
            return;
        }
        int[][] c = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            String xi = x.get(i - 1);
            for (int j = 1; j <= n; j++) {
                if (xi.equals(y.get(j - 1))) {
                    c[i][j] = c[i - 1][j - 1] + 1;
                } else {
                    c[i][j] = Math.max(c[i - 1][j], c[i][j - 1]);
                }
            }
        }
        int i = m;
        int j = n;
        while (i > 0 && j > 0) {
            if (x.get(i - 1).equals(y.get(j - 1))) {
                into.add(i - 1);
                i--;
                j--;
            } else if (c[i - 1][j] >= c[i][j - 1]) {
                i--;
            } else {
                j--;
            }
        }
    }

    /** The n-grams of {@code tokens}, joined by spaces, with their counts. */
    static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            String gram = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
            counts.merge(gram, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * ROUGE-SU's units: every pair (i, j) with i &lt; j ≤ i + d + 1, plus the unigram of every token that starts a
     * pair, i.e. all but the last (ROUGE counts the unigrams inside its pair loop).
     */
    static Map<String, Integer> skipGrams(List<String> tokens, int d) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            counts.merge(tokens.get(i), 1, Integer::sum);
            for (int j = i + 1; j <= i + d + 1 && j < tokens.size(); j++) {
                counts.merge(tokens.get(i) + " " + tokens.get(j), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static long total(Map<String, Integer> counts) {
        long sum = 0;
        for (int c : counts.values()) {
            sum += c;
        }
        return sum;
    }

    private static List<String> flatten(List<List<String>> sentences) {
        List<String> all = new ArrayList<>();
        sentences.forEach(all::addAll);
        return all;
    }
}
