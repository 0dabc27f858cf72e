package org.corroborate.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores a clustering against gold clusters: pairwise precision, recall and F1 over same-cluster document pairs
 * (Miranda et al. 2018) and BCubed precision, recall and F1 (Bagga and Baldwin 1998), plus the cluster counts.
 *
 * <p>With {@code n_gp} the number of documents in gold cluster {@code g} and predicted cluster {@code p} (the
 * contingency table), {@code n_g} and {@code n_p} its margins, {@code N} the number of documents and
 * {@code C(n, 2) = n(n-1)/2}:
 * <ul>
 *   <li>pairwise: {@code TP = Σ C(n_gp, 2)}, {@code P = TP / Σ_p C(n_p, 2)}, {@code R = TP / Σ_g C(n_g, 2)};</li>
 *   <li>BCubed: {@code P = (1/N) Σ n_gp² / n_p} (the mean over documents of the share of its predicted cluster that
 *       is in its gold cluster), {@code R = (1/N) Σ n_gp² / n_g}.</li>
 * </ul>
 * A ratio whose denominator is zero (no predicted pairs, no gold pairs, no documents) counts as 1: nothing was
 * claimed, so nothing was wrong; F1 is the harmonic mean, 0 when both P and R are 0.
 *
 * <p>Stateless and thread-safe.
 */
public final class ClusterMetric {

    private ClusterMetric() {
    }

    /**
     * The scores of one clustering.
     *
     * @param documents         documents scored
     * @param goldClusters      distinct gold clusters
     * @param predictedClusters distinct predicted clusters
     * @param truePairs         same-cluster pairs in both ({@code TP})
     * @param predictedPairs    same-cluster pairs predicted
     * @param goldPairs         same-cluster pairs in the gold
     * @param pairPrecision     pairwise precision
     * @param pairRecall        pairwise recall
     * @param pairF1            pairwise F1
     * @param bcubedPrecision   BCubed precision
     * @param bcubedRecall      BCubed recall
     * @param bcubedF1          BCubed F1
     */
    public record Scores(int documents, int goldClusters, int predictedClusters, long truePairs, long predictedPairs,
                         long goldPairs, double pairPrecision, double pairRecall, double pairF1,
                         double bcubedPrecision, double bcubedRecall, double bcubedF1) {
    }

    /**
     * Scores parallel label lists: document {@code i} is in gold cluster {@code gold.get(i)} and predicted cluster
     * {@code predicted.get(i)}. Labels are compared with {@code equals}; the two label spaces are independent.
     *
     * @param gold      gold labels; never null, no null element
     * @param predicted predicted labels; never null, no null element, the same size as {@code gold}
     * @return the scores; never null
     * @throws IllegalArgumentException when the sizes differ
     */
    public static <G, P> Scores score(List<G> gold, List<P> predicted) {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(predicted, "predicted");
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " labels, predicted " + predicted.size());
        }
        Map<Object, Integer> goldIds = new HashMap<>();
        Map<Object, Integer> predIds = new HashMap<>();
        int n = gold.size();
        int[] g = new int[n];
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = goldIds.computeIfAbsent(Objects.requireNonNull(gold.get(i), "gold label"), k -> goldIds.size());
            p[i] = predIds.computeIfAbsent(Objects.requireNonNull(predicted.get(i), "predicted label"),
                    k -> predIds.size());
        }
        long[] goldSize = new long[goldIds.size()];
        long[] predSize = new long[predIds.size()];
        Map<Long, Long> cells = new HashMap<>();
        for (int i = 0; i < n; i++) {
            goldSize[g[i]]++;
            predSize[p[i]]++;
            cells.merge((long) g[i] * predIds.size() + p[i], 1L, Long::sum);
        }
        long tp = 0;
        double bcubedP = 0;
        double bcubedR = 0;
        for (Map.Entry<Long, Long> cell : cells.entrySet()) {
            long count = cell.getValue();
            int gi = (int) (cell.getKey() / predIds.size());
            int pi = (int) (cell.getKey() % predIds.size());
            tp += pairs(count);
            bcubedP += (double) count * count / predSize[pi];
            bcubedR += (double) count * count / goldSize[gi];
        }
        long predPairs = 0;
        for (long s : predSize) {
            predPairs += pairs(s);
        }
        long goldPairs = 0;
        for (long s : goldSize) {
            goldPairs += pairs(s);
        }
        double pp = ratio(tp, predPairs);
        double pr = ratio(tp, goldPairs);
        double bp = n == 0 ? 1 : bcubedP / n;
        double br = n == 0 ? 1 : bcubedR / n;
        return new Scores(n, goldIds.size(), predIds.size(), tp, predPairs, goldPairs, pp, pr, f1(pp, pr), bp, br,
                f1(bp, br));
    }

    /**
     * Scores by document id: every id of {@code gold} must have a predicted label and vice versa.
     *
     * @param gold      document id to gold label; never null
     * @param predicted document id to predicted label; never null
     * @return the scores; never null
     * @throws IllegalArgumentException when the id sets differ (the message names one missing id)
     */
    public static Scores score(Map<String, String> gold, Map<String, String> predicted) {
        List<String> ids = gold.keySet().stream().sorted().toList();
        for (String id : ids) {
            if (!predicted.containsKey(id)) {
                throw new IllegalArgumentException("no predicted cluster for " + id);
            }
        }
        for (String id : predicted.keySet()) {
            if (!gold.containsKey(id)) {
                throw new IllegalArgumentException("no gold cluster for " + id);
            }
        }
        return score(ids.stream().map(gold::get).toList(), ids.stream().map(predicted::get).toList());
    }

    static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double ratio(long num, long den) {
        return den == 0 ? 1.0 : (double) num / den;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
