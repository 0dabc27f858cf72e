package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;
import org.corroborate.api.Speaker;

/**
 * A question put to the speaker of the main clause, fronted as a participle clause: {@code Asked whether Clinton “has
 * the integrity ...,” 75 percent of Democrats said yes}, {@code When asked about his daughter's work, he said ...},
 * {@code Asked by Stephanopoulos to respond to Trump's criticism, Carson said ...}. PolNeAR labels the question an
 * attribution of its own: the cue is "Asked" ("asked about" with that preposition), the content the question, up to
 * the comma that closes the clause (within {@value #MAX_WORDS} words, closing quotation marks included), and the
 * source whoever asked: the name after "by", else none (a null speaker). "Asked" must open its sentence or follow
 * "When"; after a "when" later in the sentence ({@code “…,” he said when asked about the merger.}) the question may
 * also run to the sentence end (on PolNeAR train articles 400-839 that added 6 matches for 11 predictions); with real
 * POS tags it must be tagged as a verb; the question must start with "whether",
 * "if", "about", "to", "for" or a wh-word and have at least two words. A passive question ({@code Clinton was asked
 * about securing the border}, {@code Pence was asked whether ...}) is one too, its content running to the clause end
 * and its source whoever asked, else none (on PolNeAR train articles 400-839, "be asked" not followed by "to" is
 * labelled in 15 of its 18 uses, 13 of them without a source). These count as non-speech cues.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteQuestions {

    /** The most words a question may have before its comma. */
    static final int MAX_WORDS = 40;
    private static final Set<String> OPENERS = Set.of("whether", "if", "about", "to", "for", "who", "what", "why",
            "how", "when", "where", "which");

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

    private QuoteQuestions() {
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the question cued by "asked" at word {@code w}; null when none
     */
    static Quote at(QuoteText t, int w, int s) {
        QuoteText.Word asked = t.word(w);
        int first = t.first(s);
        int end = t.end(s);
        if (!asked.lower().equals("asked") || t.inQuote(asked.start()) || (t.tagged() && !asked.tag().startsWith("VB"))) {
            return null;
        }
        boolean later = w > first && t.word(w - 1).lower().equals("when") && t.plainGap(w);
        boolean passive = w > first && BE.contains(t.word(w - 1).lower()) && t.plainGap(w);
        if (!(w == first || later || passive)) {
            return null;
        }
        int k = w + 1;
        Speaker speaker = null;
        if (k < end && t.word(k).lower().equals("by") && t.plainGap(k)) {
            SpeakerResolver.Found by = SpeakerResolver.rightOf(t, k, end - 1);
            if (by == null) {
                return null;
            }
            speaker = by.speaker();
            k = by.last() + 1;
        }
        if (k >= end || !t.plainGap(k) || !OPENERS.contains(t.word(k).lower())) {
            return null;
        }
        int cueLast = w;
        if (k == w + 1 && t.word(k).lower().equals("about")) {
            cueLast = k;
            k++;
        }
        int last = -1;
        if (passive && k + 1 < end) {
            last = QuoteClauses.contentLast(t, k, end); // "Clinton was asked about securing the border."
        }
        for (int i = k + 1; i < end && i - k <= MAX_WORDS && !passive; i++) {
            if (t.gapBefore(i).contains(",") || t.gapBefore(i).contains(";")) {
                last = i - 1;
                break;
            }
        }
        if (last < 0 && later && w > first + 1 && end - 1 - k <= MAX_WORDS) {
            last = end - 1; // "..., he said when asked about the merger."
        }
        if (last < k + 1 || k >= end) {
            return null;
        }
        String text = t.text();
        int e = t.word(last).end();
        for (int i = e; i < text.length() && !QuoteText.isSpace(text.charAt(i)); i++) {
            if (QuoteMarks.isMark(text.charAt(i))) {
                e = i + 1;
            }
        }
        return new Quote(t.span(t.word(k).start(), e), t.span(asked.start(), t.word(cueLast).end()), speaker, false);
    }
}
