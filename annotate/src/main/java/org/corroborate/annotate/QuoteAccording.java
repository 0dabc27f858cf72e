package org.corroborate.annotate;

import org.corroborate.api.Quote;

/**
 * Indirect quotes cued by "according to": {@code according to X, CLAUSE}, {@code CLAUSE, according to X} and
 * {@code According to a long source phrase, CLAUSE} (at most {@value #SOURCE_WORDS} words before its comma). X must be
 * a speaker phrase ({@code according to plans} gives none); the cue is "according to".
 *
 * <p>Arguments are never null; {@link #at} returns null when there is no quote. Stateless and thread-safe.
 */
final class QuoteAccording {

    /** The most words of a source phrase after "according to" before its comma. */
    static final int SOURCE_WORDS = 20;

    private QuoteAccording() {
    }

    /**
     * @param t the article view
     * @param c an {@link QuoteCues.Kind#ACCORDING_TO} cue
     * @param s the sentence of the cue
     * @return the indirect quote the cue attributes; null when none
     */
    static Quote at(QuoteText t, QuoteCues.Cue c, int s) {
        int first = t.first(s);
        int end = t.end(s);
        SpeakerResolver.Found x = SpeakerResolver.rightOf(t, c.last(), end - 1);
        if (x == null) {
            return null;
        }
        int after = x.last() + 1;
        if (after < end && t.gapBefore(after).contains(",")
                && (c.first() == first || t.gapBefore(c.first()).contains(","))) {
            int from = c.first() == first ? after : first;
            int to = c.first() == first ? QuoteClauses.contentLast(t, after, end) : c.first() - 1;
            return QuoteClauses.quote(t, c, x, from, to);
        }
        if (c.first() > first && t.gapBefore(c.first()).contains(",")) {
            return QuoteClauses.quote(t, c, x, first, c.first() - 1);
        }
        if (c.first() == first) {
            int comma = sourceEnd(t, after, end);
            if (comma > 0) {
                return QuoteClauses.quote(t, c, x, comma, QuoteClauses.contentLast(t, comma, end));
            }
        }
        return null;
    }

    /**
     * The first word after the comma that ends a long source phrase ({@code According to a recent poll of Indiana
     * voters, CLAUSE}): within {@value #SOURCE_WORDS} words of word {@code k}, with no quote mark, cue or other
     * punctuation before it; -1 when none.
     */
    private static int sourceEnd(QuoteText t, int k, int end) {
        for (int i = k; i < end && i - k <= SOURCE_WORDS; i++) {
            String gap = t.gapBefore(i);
            if (i > k && gap.contains(",")) {
                return i + 1 < end ? i : -1;
            }
            if ((i > k && !gap.isBlank() && !gap.strip().equals("-")) || t.inQuote(t.word(i).start())
                    || QuoteCues.at(t, i) != null) {
                return -1;
            }
        }
        return -1;
    }
}
