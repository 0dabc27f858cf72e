package org.corroborate.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Recall, precision and F of one summary under one ROUGE metric, each rounded to five decimals as ROUGE-1.5.5
 * prints them ({@code %.5f}; F is computed from the rounded R and P).
 *
 * <p>Immutable and thread-safe.
 *
 * @param recall    R, 0..1
 * @param precision P, 0..1
 * @param f         F with the scorer's alpha, 0..1
 */
public record RougeScore(double recall, double precision, double f) {

    /** The score from hit and total counts: R = hits / refTotal, P = hits / peerTotal, 0 for a zero total. */
    static RougeScore of(double hits, double referenceTotal, double peerTotal, double alpha) {
        double r = round5(referenceTotal > 0 ? hits / referenceTotal : 0);
        double p = round5(peerTotal > 0 ? hits / peerTotal : 0);
        double denominator = (1 - alpha) * p + alpha * r;
        double f = denominator > 0 ? round5(p * r / denominator) : 0;
        return new RougeScore(r, p, f);
    }

    /** The value as C's {@code printf("%.5f")} rounds it: the exact binary value, ties to even. */
    static double round5(double value) {
        return new BigDecimal(value).setScale(5, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** One of {@code R}, {@code P}, {@code F}. */
    public double get(char stat) {
        return switch (stat) {
            case 'R' -> recall;
            case 'P' -> precision;
            case 'F' -> f;
            default -> throw new IllegalArgumentException("stat must be R, P or F, was " + stat);
        };
    }
}
