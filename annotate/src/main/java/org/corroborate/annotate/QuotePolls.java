package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;

/**
 * Findings framed by a fronted poll: {@code In a national CNN/ORC poll released Monday, CLAUSE},
 * {@code In the latest Post-ABC poll, conducted in May, CLAUSE}. The sentence opens with "In", a noun phrase whose
 * head is "poll", "polls", "survey" or "surveys" (only determiners, adjectives, nouns, numbers and possessives before
 * the head: {@code In a memo released as polls closed} is no poll), and at most {@value #SOURCE_WORDS} words up to a
 * comma, with no quote mark or verb cue on the way; a participle phrase set off by commas right after it
 * ({@code , conducted in May,}) belongs to the source. The cue is "In"; the speaker is the poll phrase, unresolved;
 * the content runs from the word after the comma to the clause end, as for verb cues. It counts as a non-speech cue,
 * so a speech verb's quote in the same clause ({@code In a poll, 31% said …}) wins. The rule needs POS tags (without
 * them it finds nothing).
 *
 * <p>On PolNeAR train (articles 400-839) 11 of the 17 sentences that open with "In …poll…," are labelled with the cue
 * "In"; of the others, 2 are not polls as heads and one has no clause after the comma. A poll named later in the
 * sentence ({@code Trump leads in the latest polls}) is labelled in only 25 of 116 uses and is left out.
 *
 * <p>Arguments are never null; {@link #at} returns null when there is no quote. Stateless and thread-safe.
 */
final class QuotePolls {

    /** The most words from "In" to the comma that ends the source phrase. */
    static final int SOURCE_WORDS = 20;
    /** The most words of a participle phrase ({@code , conducted in May,}) taken into the source. */
    private static final int PARTICIPLE_WORDS = 10;
    private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys");
    private static final Set<String> MODIFIER_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP",
            "NNPS", "CD", "POS", "PRP$");
    private static final Set<String> SEPARATORS = Set.of("", "/", "-", "'", "’", "–");

    private QuotePolls() {
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the finding framed by a poll phrase opening at word {@code w}; null when none
     */
    static Quote at(QuoteText t, int w, int s) {
        int end = t.end(s);
        if (!t.tagged() || w != t.first(s) || !t.word(w).lower().equals("in") || w + 4 >= end
                || t.inQuote(t.word(w).start())) {
            return null;
        }
        int head = -1;
        int comma = -1;
        for (int i = w + 1; i < end && i - w <= SOURCE_WORDS; i++) {
            String gap = t.gapBefore(i).strip();
            if (head >= 0 && gap.equals(",")) {
                comma = i;
                break;
            }
            if (t.inQuote(t.word(i).start()) || QuoteCues.at(t, i) != null) {
                return null;
            }
            if (head < 0) {
                if (!SEPARATORS.contains(gap)
                        || (!POLLS.contains(t.word(i).lower()) && !MODIFIER_TAGS.contains(t.word(i).tag()))) {
                    return null;
                }
                if (POLLS.contains(t.word(i).lower())) {
                    head = i;
                }
            } else if (!gap.isEmpty() && !SEPARATORS.contains(gap)) {
                return null;
            }
        }
        if (comma < 0 || comma + 1 >= end) {
            return null;
        }
        int from = participleEnd(t, comma, end);
        QuoteCues.Cue cue = new QuoteCues.Cue(w, w, QuoteCues.Kind.FINITE, false, true, "in");
        SpeakerResolver.Found source = SpeakerResolver.unresolved(t, w + 1, from - 1);
        return QuoteClauses.quote(t, cue, source, from, QuoteClauses.contentLast(t, from, end));
    }

    /**
     * The first content word: after a participle phrase set off by commas at word {@code k}
     * ({@code , conducted in May,}), else {@code k} itself.
     */
    private static int participleEnd(QuoteText t, int k, int end) {
        if (!t.word(k).tag().equals("VBN")) {
            return k;
        }
        for (int i = k + 1; i < end && i - k <= PARTICIPLE_WORDS; i++) {
            String gap = t.gapBefore(i).strip();
            if (gap.equals(",")) {
                return i + 1 < end ? i : k;
            }
            if (!gap.isEmpty() && !SEPARATORS.contains(gap)) {
                return k;
            }
        }
        return k;
    }
}
