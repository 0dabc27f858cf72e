package org.corroborate.eval;

import java.util.Objects;

/**
 * Metadata accuracy of one run: for each field, how many documents with a gold value we got right.
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param title         title exact match after whitespace normalisation
 * @param date          publication day match
 * @param authorExact   byline joined with {@code "; "} equals the gold author
 * @param authorLenient every gold author name occurs in the byline, ignoring case
 * @see SegmentMetric
 */
public record MetadataScores(Tally title, Tally date, Tally authorExact, Tally authorLenient) {

    /** Nothing counted yet. */
    public static final MetadataScores EMPTY = new MetadataScores(Tally.ZERO, Tally.ZERO, Tally.ZERO, Tally.ZERO);

    public MetadataScores {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(authorExact, "authorExact");
        Objects.requireNonNull(authorLenient, "authorLenient");
    }

    /**
     * A count of correct answers among the documents that have a gold value.
     *
     * <p>Immutable and thread-safe.
     *
     * @param correct how many were right
     * @param total   how many had a gold value
     */
    public record Tally(int correct, int total) {

        /** Nothing counted. */
        public static final Tally ZERO = new Tally(0, 0);

        /** This tally with one more document counted. */
        public Tally plus(boolean right) {
            return new Tally(correct + (right ? 1 : 0), total + 1);
        }

        /** {@code correct / total}; {@code 0} when nothing was counted. */
        public double rate() {
            return total > 0 ? (double) correct / total : 0;
        }
    }
}
