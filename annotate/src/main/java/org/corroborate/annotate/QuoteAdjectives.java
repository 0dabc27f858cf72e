package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;

/**
 * Attributions cued by an adjective of stance after a form of "be": {@code Republicans are skeptical of CLAUSE},
 * {@code Cruz was quick to CLAUSE}, {@code she is hopeful that CLAUSE}, {@code the senator has been critical of
 * CLAUSE}. Up to two adverbs may stand between "be" and the adjective ({@code is deeply skeptical of}); the adjective
 * must be followed by "that", "to" or a preposition ({@code of}, {@code about}, {@code with}, {@code on},
 * {@code toward}, {@code over}); with real POS tags it must be tagged as an adjective or participle. The speaker is
 * the subject before "be" (as {@link SpeakerResolver#leftOf}); the cue runs from "be" to the preposition ("that"
 * excluded); the content runs from "that" (included), "to" (included) or the word after the preposition to the end of
 * the clause, as for verb cues. These count as non-speech cues ({@link QuoteCues.Cue#broad()}).
 *
 * <p>The adjectives are those that PolNeAR's train split (articles 400 to 839) labels as an attribution cue in at
 * least 40% of their uses in this pattern; "clear", "willing", "open", "confident" and "worried", labelled less often,
 * are left out.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteAdjectives {

    private static final Set<String> ADJECTIVES = Set.of("critical", "quick", "eager", "hopeful", "supportive",
            "reluctant", "vocal", "convinced", "angry", "unhappy", "adamant", "determined", "skeptical", "sceptical",
            "split", "pleased", "dismissive", "wary");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "remain",
            "remains", "remained");
    private static final Set<String> PREPOSITIONS = Set.of("of", "about", "with", "on", "toward", "towards", "over");
    /** Without POS tags, the adverbs allowed between "be" and the adjective. */
    private static final Set<String> ADVERBS = Set.of("not", "also", "very", "deeply", "increasingly", "particularly",
            "more", "less", "most", "so", "too", "quite", "still", "already", "now", "publicly", "openly", "highly",
            "equally", "fairly", "somewhat", "especially", "clearly", "generally", "largely", "sharply", "strongly",
            "fiercely", "notably");

    private QuoteAdjectives() {
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the attribution cued by the adjective at word {@code w}; null when none
     */
    static Quote at(QuoteText t, int w, int s) {
        QuoteText.Word adjective = t.word(w);
        int first = t.first(s);
        int end = t.end(s);
        if (!ADJECTIVES.contains(adjective.lower()) || w + 2 >= end || w - 1 <= first
                || t.inQuote(adjective.start()) || !t.plainGap(w + 1) || !t.plainGap(w + 2)) {
            return null;
        }
        if (t.tagged() && !(adjective.tag().startsWith("JJ") || adjective.tag().equals("VBN"))) {
            return null;
        }
        int be = w - 1;
        while (be > first && w - be <= 2 && !BE.contains(t.word(be).lower()) && t.plainGap(be + 1)
                && (t.tagged() ? t.word(be).tag().startsWith("RB") : ADVERBS.contains(t.word(be).lower()))) {
            be--;
        }
        if (!BE.contains(t.word(be).lower()) || !t.plainGap(be + 1)) {
            return null;
        }
        String next = t.word(w + 1).lower();
        int from;
        int cueLast = w;
        if (next.equals("that") || next.equals("to")) {
            from = w + 1;
        } else if (PREPOSITIONS.contains(next)) {
            from = w + 2;
            cueLast = w + 1;
        } else {
            return null;
        }
        SpeakerResolver.Found speaker = SpeakerResolver.leftOf(t, be, first);
        if (speaker == null) {
            return null;
        }
        QuoteCues.Cue cue = new QuoteCues.Cue(be, cueLast, QuoteCues.Kind.FINITE, false, true, adjective.lower());
        return QuoteClauses.quote(t, cue, speaker, from, QuoteClauses.contentLast(t, from, end));
    }
}
