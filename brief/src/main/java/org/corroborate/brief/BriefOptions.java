package org.corroborate.brief;

/**
 * Options of the standard {@link org.corroborate.api.Briefer}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxWords the word budget of the extractive summary (whitespace-separated words), {@code > 0}. The budget is a
 *                 hard limit except that a story with at least one usable sentence always gets one summary sentence,
 *                 even when that sentence alone is longer than the budget (sentences are never cut, so that every
 *                 summary sentence stays the exact text of a citable span).
 */
public record BriefOptions(int maxWords) {

    /** The default word budget: about one short paragraph. */
    public static final int DEFAULT_MAX_WORDS = 120;

    /**
     * @throws IllegalArgumentException when {@code maxWords <= 0}
     */
    public BriefOptions {
        if (maxWords <= 0) {
            throw new IllegalArgumentException("maxWords must be > 0, got " + maxWords);
        }
    }

    /** The defaults: a budget of {@value #DEFAULT_MAX_WORDS} words. */
    public static BriefOptions defaults() {
        return new BriefOptions(DEFAULT_MAX_WORDS);
    }
}
