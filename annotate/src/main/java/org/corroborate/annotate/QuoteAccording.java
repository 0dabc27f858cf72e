package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;

/**
 * Indirect quotes cued by "according to": {@code according to X, CLAUSE}, {@code CLAUSE, according to X} and
 * {@code According to a long source phrase, CLAUSE} (at most {@value #SOURCE_WORDS} words before its comma). X must be
 * a speaker phrase ({@code according to plans} gives none); the cue is "according to". A conjunction or "now" may
 * come before a fronted "according to" ({@code But, according to the poll, CLAUSE}).
 *
 * <p>Arguments are never null; {@link #at} returns null when there is no quote. Stateless and thread-safe.
 */
final class QuoteAccording {

    /** Sentence-opening words that may come before a fronted "according to" ("But, according to X, ..."). */
    private static final Set<String> OPENERS = Set.of("but", "and", "now", "yet", "so", "still", "also");

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
        boolean opens = c.first() == first
                || (c.first() == first + 1 && OPENERS.contains(t.word(first).lower())); // "But, according to X, ..."
        if (after < end && t.gapBefore(after).contains(",")
                && (opens || t.gapBefore(c.first()).contains(","))) {
            int from = opens ? after : first;
            int to = opens ? QuoteClauses.contentLast(t, after, end) : c.first() - 1;
            return QuoteClauses.quote(t, c, x, from, to);
        }
        if (!opens && c.first() > first && t.gapBefore(c.first()).contains(",")) {
            return QuoteClauses.quote(t, c, x, first, c.first() - 1);
        }
        if (opens) {
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
