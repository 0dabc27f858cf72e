package org.corroborate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric of the Zyte/Scrapinghub <em>article-extraction-benchmark</em>, re-implemented exactly:
 *
 * <ol>
 *   <li>tokens are the matches of {@code \w+} in Unicode mode, case-sensitive, nothing normalised;</li>
 *   <li>shingles are contiguous 4-token n-grams counted as a multiset; a text of 1–3 tokens gives one short shingle
 *       and an empty text none;</li>
 *   <li>per page, {@code tp = Σ min(cT, cP)}, {@code fp = Σ max(0, cP − cT)}, {@code fn = Σ max(0, cT − cP)}, each
 *       divided by {@code tp + fp + fn} when that is positive, so every page weighs the same;</li>
 *   <li>page precision and recall with the upstream special cases ({@code fp == fn == 0} gives 1, otherwise
 *       {@code tp == fp == 0} or {@code tp == fn == 0} gives 0);</li>
 *   <li>precision is the mean over the pages with {@code tp + fp > 0}, recall the mean over the pages with
 *       {@code tp + fn > 0}; F1 is computed from those two means (not the mean of page F1);</li>
 *   <li>accuracy is the share of pages whose token sequences are equal.</li>
 * </ol>
 *
 * <p>Java's Unicode {@code \w} differs from Python's in a few code points (combining marks), which moves the scores
 * of the published systems by at most 0.001.
 *
 * <p>Stateless, pure and thread-safe.
 */
public final class ShingleMetric {

    /** The shingle length of the benchmark. */
    public static final int SHINGLE = 4;

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private ShingleMetric() {
    }

    /**
     * The score of one page.
     *
     * <p>Immutable and thread-safe.
     *
     * @param tp    normalised true-positive shingle mass
     * @param fp    normalised false-positive shingle mass
     * @param fn    normalised false-negative shingle mass
     * @param exact whether the token sequences of truth and prediction are equal
     */
    public record PageScore(double tp, double fp, double fn, boolean exact) {

        /** Whether this page counts towards the averaged precision ({@code tp + fp > 0}). */
        public boolean hasPrecision() {
            return tp + fp > 0;
        }

        /** Whether this page counts towards the averaged recall ({@code tp + fn > 0}). */
        public boolean hasRecall() {
            return tp + fn > 0;
        }

        /** Page precision with the upstream special cases. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        /** Page recall with the upstream special cases. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }

        /** The harmonic mean of this page's precision and recall (for ranking pages; not part of the metric). */
        public double f1() {
            return TextScores.f1(precision(), recall());
        }
    }

    /** The {@code \w+} tokens of {@code text} in order; a null text has none. */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /**
     * Scores one page.
     *
     * @param truth      the gold body; null counts as empty
     * @param prediction the extracted body; null counts as empty (a missing prediction)
     * @return the normalised page score; never null
     */
    public static PageScore page(String truth, String prediction) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(prediction);
        Map<String, Integer> t = shingles(trueTokens);
        Map<String, Integer> p = shingles(predTokens);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (String key : keys) {
            int ct = t.getOrDefault(key, 0);
            int cp = p.getOrDefault(key, 0);
            tp += Math.min(ct, cp);
            fp += Math.max(0, cp - ct);
            fn += Math.max(0, ct - cp);
        }
        double sum = tp + fp + fn;
        boolean exact = trueTokens.equals(predTokens);
        if (sum > 0) {
            return new PageScore(tp / sum, fp / sum, fn / sum, exact);
        }
        return new PageScore(0, 0, 0, exact);
    }

    /**
     * Averages page scores as the benchmark does.
     *
     * @param pages the page scores, one per gold page; never null
     * @return the aggregate; zeros when {@code pages} is empty
     */
    public static TextScores aggregate(List<PageScore> pages) {
        double pSum = 0;
        int pCount = 0;
        double rSum = 0;
        int rCount = 0;
        int exact = 0;
        for (PageScore page : pages) {
            if (page.hasPrecision()) {
                pSum += page.precision();
                pCount++;
            }
            if (page.hasRecall()) {
                rSum += page.recall();
                rCount++;
            }
            if (page.exact()) {
                exact++;
            }
        }
        double p = pCount > 0 ? pSum / pCount : 0;
        double r = rCount > 0 ? rSum / rCount : 0;
        double accuracy = pages.isEmpty() ? 0 : (double) exact / pages.size();
        return new TextScores(pages.size(), p, r, TextScores.f1(p, r), accuracy);
    }

    /**
     * Scores predictions against the gold bodies: every gold id is one page and a missing prediction counts as
     * {@code ""}. Predictions for ids without gold are ignored.
     *
     * @param truth       gold body by page id; never null
     * @param predictions predicted body by page id; never null, values may be null
     * @return the aggregate; never null
     */
    public static TextScores score(Map<String, String> truth, Map<String, String> predictions) {
        Objects.requireNonNull(predictions, "predictions");
        List<PageScore> pages = new ArrayList<>(truth.size());
        truth.keySet().stream().sorted().forEach(id -> pages.add(page(truth.get(id), predictions.get(id))));
        return aggregate(pages);
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            // tokens never contain a space, so the space-joined string is an unambiguous key
            String key = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }
}
