package org.corroborate.eval;

/**
 * Aggregate body-text scores of one benchmark run.
 *
 * <p>Immutable and thread-safe. All values are in {@code 0..1}; a value that is undefined (no page to average over)
 * is {@code 0}.
 *
 * @param pages     the number of pages scored
 * @param precision the benchmark's precision
 * @param recall    the benchmark's recall
 * @param f1        {@code 2PR/(P+R)} from {@code precision} and {@code recall}
 * @param accuracy  the benchmark's accuracy
 */
public record TextScores(int pages, double precision, double recall, double f1, double accuracy) {

    /** The harmonic mean of {@code p} and {@code r}; {@code 0} when both are {@code 0}. */
    static double f1(double p, double r) {
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}
