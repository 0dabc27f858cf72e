package org.corroborate.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The options of a {@link Rouge} scorer, named after ROUGE-1.5.5's flags. Validated on construction.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxN         ROUGE-1 .. ROUGE-{@code maxN} are computed ({@code -n}); 1 to 9
 * @param stem         stem tokens longer than three characters with {@link RougeStemmer} ({@code -m})
 * @param lengthLimit  keep only the first {@code lengthLimit} words of every summary, references included
 *                     ({@code -l}); {@code 0} for no limit
 * @param alpha        the F weight ({@code -p}): F = PR / ((1−α)P + αR); 0 to 1, {@code 0.5} for F1
 * @param skipDistance the maximum number of words between the two words of a skip-bigram; ROUGE-SU{@code d}
 *                     (skip-bigrams plus unigrams, {@code -2 d -u}) is computed when it is 0 or more; {@code -1}
 *                     for none
 * @param rougeL       compute summary-level ROUGE-L (off is ROUGE-1.5.5's {@code -x})
 */
public record RougeOptions(int maxN, boolean stem, int lengthLimit, double alpha, int skipDistance,
                           boolean rougeL) {

    /** The DUC 2004 setting: {@code -n 2 -2 4 -u -m -l 100 -p 0.5} with ROUGE-L; report recall. */
    public static final RougeOptions DUC = new RougeOptions(2, true, 100, 0.5, 4, true);

    /** The Multi-News setting: and R-SU4, stemmed, no length limit, {@code -p 0.5}; report F1. */
    public static final RougeOptions MULTI_NEWS = new RougeOptions(2, true, 0, 0.5, 4, false);

    public RougeOptions {
        if (maxN < 1 || maxN > 9) {
            throw new IllegalArgumentException("maxN must be 1 to 9, was " + maxN);
        }
        if (lengthLimit < 0) {
            throw new IllegalArgumentException("lengthLimit must be 0 (none) or positive, was " + lengthLimit);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be 0 to 1, was " + alpha);
        }
        if (skipDistance < -1) {
            throw new IllegalArgumentException("skipDistance must be -1 (none) or more, was " + skipDistance);
        }
    }

    /** The metric names these options produce, in {@link Rouge#score} order: ROUGE-1..N, ROUGE-L, ROUGE-SUd. */
    public List<String> metrics() {
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= maxN; n++) {
            names.add("ROUGE-" + n);
        }
        if (rougeL) {
            names.add("ROUGE-L");
        }
        if (skipDistance >= 0) {
            names.add("ROUGE-SU" + skipDistance);
        }
        return List.copyOf(names);
    }
}
