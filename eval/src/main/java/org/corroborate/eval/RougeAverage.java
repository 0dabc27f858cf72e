package org.corroborate.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A system's average score as ROUGE-1.5.5 prints it ({@code Average_R/P/F} with {@code -c 95 -r 1000}): not the
 * plain mean of the per-topic scores but the mean of 1,000 bootstrap sample means, with the 95% interval.
 *
 * <p>Resample k = 0..999 seeds Perl's generator with {@code srand(k)} (drand48: x₀ = k·2¹⁶ + 0x330E,
 * x ← (0x5DEECE66D·x + 0xB) mod 2⁴⁸, u = x / 2⁴⁸) and draws n topics, index ⌊u·n⌋, from the per-topic scores in
 * topic-id order. The average is the mean of the sample means summed in ascending order; the interval is the sorted
 * sample means at positions 25 and 974. All three are rounded to five decimals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mean the bootstrap average
 * @param low  the lower end of the 95% interval
 * @param high the upper end of the 95% interval
 */
public record RougeAverage(double mean, double low, double high) {

    /** Bootstrap resamples, as ROUGE's {@code -r 1000}. */
    public static final int RESAMPLES = 1000;

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long INCREMENT = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final double TWO_48 = 0x1p48;

    /**
     * The bootstrap average of {@code perTopic}.
     *
     * @param perTopic the rounded per-topic scores in topic-id order; never null, not empty
     * @return the average and interval; never null
     */
    public static RougeAverage of(List<Double> perTopic) {
        Objects.requireNonNull(perTopic, "perTopic");
        int n = perTopic.size();
        if (n == 0) {
            throw new IllegalArgumentException("no scores to average");
        }
        double[] scores = perTopic.stream().mapToDouble(Double::doubleValue).toArray();
        double[] means = new double[RESAMPLES];
        for (int k = 0; k < RESAMPLES; k++) {
            long x = ((long) k << 16) + 0x330EL;
            double sum = 0;
            for (int draw = 0; draw < n; draw++) {
                x = (MULTIPLIER * x + INCREMENT) & MASK;
                int index = (int) (x / TWO_48 * n);
                sum += scores[index];
            }
            means[k] = sum / n;
        }
        Arrays.sort(means);
        double total = 0;
        for (double mean : means) {
            total += mean;
        }
        int lowIndex = (int) (RESAMPLES * 0.025);
        int highIndex = (int) (RESAMPLES * 0.975) - 1;
        return new RougeAverage(RougeScore.round5(total / RESAMPLES), RougeScore.round5(means[lowIndex]),
                RougeScore.round5(means[highIndex]));
    }

    /** The plain mean of {@code values} (no bootstrap), unrounded; 0 for none. */
    public static double plainMean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
