package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;

/**
 * An expectation reported without its holder: {@code The vote is expected to take place next week}, {@code All three
 * candidates are widely expected to speak}. PolNeAR labels these as attributions without a source: the cue runs from
 * the form of "be" to "expected", the content from the subject's first word to the clause end (the cue inside it),
 * and the speaker is null. "expected" must follow a form of "be" (up to two adverbs between) and be followed by "to";
 * with real POS tags it must be tagged as a participle. These count as non-speech cues.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteExpectations {

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");
    private static final Set<String> ADVERBS = Set.of("widely", "also", "not", "still", "now", "originally", "generally",
            "largely", "initially", "broadly");

    private QuoteExpectations() {
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the expectation cued by "expected" at word {@code w}; null when none
     */
    static Quote at(QuoteText t, int w, int s) {
        QuoteText.Word expected = t.word(w);
        int first = t.first(s);
        int end = t.end(s);
        if (!expected.lower().equals("expected") || w + 2 >= end || w - 2 < first || t.inQuote(expected.start())
                || (t.tagged() && !expected.tag().equals("VBN")) || !t.word(w + 1).lower().equals("to")
                || !t.plainGap(w + 1) || !t.plainGap(w + 2)) {
            return null;
        }
        int be = w - 1;
        while (be > first && w - be <= 2 && ADVERBS.contains(t.word(be).lower()) && t.plainGap(be + 1)) {
            be--;
        }
        if (!BE.contains(t.word(be).lower()) || !t.plainGap(be + 1)) {
            return null;
        }
        int subjectEnd = be - 1;
        while (subjectEnd > first && (t.word(subjectEnd).lower().equals("also") || t.word(subjectEnd).tag().equals("MD")
                || t.word(subjectEnd).lower().equals("has") || t.word(subjectEnd).lower().equals("have")
                || t.word(subjectEnd).lower().equals("had")) && t.plainGap(subjectEnd + 1)) {
            subjectEnd--; // "will be expected", "had been expected"
        }
        SpeakerResolver.Found subject = SpeakerResolver.leftOf(t, subjectEnd + 1, first);
        if (subject == null) {
            return null;
        }
        Quote clause = QuoteClauses.quote(t, new QuoteCues.Cue(be, w, QuoteCues.Kind.FINITE, false, true,
                "expect"), subject, w + 1, QuoteClauses.contentLast(t, w + 1, end));
        if (clause == null) {
            return null;
        }
        int start = t.word(SpeakerResolver.npStart(t, subject.first(), first)).start();
        return new Quote(t.span(start, clause.content().end()), t.span(t.word(be).start(), expected.end()), null,
                false);
    }
}
