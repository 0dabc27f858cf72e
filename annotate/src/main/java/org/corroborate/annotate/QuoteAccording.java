package org.corroborate.annotate;

import java.util.List;
import java.util.Set;

import org.corroborate.api.Quote;

/**
 * Indirect quotes cued by "according to": {@code according to X, CLAUSE}, {@code CLAUSE, according to X} and
 * {@code According to a long source phrase, CLAUSE} (at most {@value #SOURCE_WORDS} words before its comma). X must be
 * a speaker phrase ({@code according to plans} gives none); the cue is "according to". A conjunction or "now" may
 * come before a fronted "according to" ({@code But, according to the poll, CLAUSE}). A trailing "according to" needs
 * no comma ({@code 82 percent view him unfavorably according to the poll}); its content is the nearest relative
 * clause or parenthesis before it when there is one ({@code , which stood at 263, according to the AP}), else the
 * sentence up to it. A parenthetical "according to X," after a verbless opening ({@code The implication, according
 * to the aide, is that ...}; with real POS tags) attributes the whole sentence: two pieces, the opening and the rest.
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
            if (opens) {
                return QuoteClauses.quote(t, c, x, after, QuoteClauses.contentLast(t, after, end));
            }
            if (t.tagged() && !verbIn(t, first, c.first())) { // "The implication, according to X, is that ..."
                Quote before = QuoteClauses.quote(t, c, x, first, c.first() - 1);
                Quote rest = QuoteClauses.quote(t, c, x, after, QuoteClauses.contentLast(t, after, end));
                if (before != null && rest != null) {
                    return new Quote(before.content(), before.cue(), before.speaker(), false,
                            List.of(before.content(), rest.content()));
                }
            }
            return QuoteClauses.quote(t, c, x, clauseStart(t, first, c.first()), c.first() - 1);
        }
        if (!opens && c.first() > first) { // "CLAUSE, according to X" or "CLAUSE according to X"
            return QuoteClauses.quote(t, c, x, clauseStart(t, first, c.first()), c.first() - 1);
        }
        if (opens) {
            int comma = sourceEnd(t, after, end);
            if (comma > 0) {
                return QuoteClauses.quote(t, c, x, comma, QuoteClauses.contentLast(t, comma, end));
            }
        }
        return null;
    }

    /** Relative pronouns that open the clause a trailing "according to" attributes ({@code , which stood at 263}). */
    private static final Set<String> RELATIVES = Set.of("which", "who");

    /**
     * The first word of the clause a trailing "according to" at word {@code cue} attributes: the nearest relative
     * clause after a comma ({@code the gap in delegates, which stood at 263, according to the AP}) or parenthesis
     * opened before it ({@code (the actual number is closer to 15 percent, according to Factcheck.org)}), else the
     * sentence's first word {@code first}.
     */
    private static int clauseStart(QuoteText t, int first, int cue) {
        for (int i = cue - 1; i > first; i--) {
            String gap = t.gapBefore(i);
            if (gap.contains("(") || (gap.contains(",") && RELATIVES.contains(t.word(i).lower()))) {
                return i;
            }
        }
        return first;
    }

    /** True when, with real POS tags, a verb or modal lies in words {@code [from, to)}. */
    private static boolean verbIn(QuoteText t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.word(i).tag().startsWith("VB") || t.word(i).tag().equals("MD")) {
                return true;
            }
        }
        return false;
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
