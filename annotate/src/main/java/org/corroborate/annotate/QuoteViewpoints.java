package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.EntityMention;
import org.corroborate.api.Quote;

/**
 * Attributions framed by a fronted point of view: {@code In Ash’s view, CLAUSE}, {@code In their view, CLAUSE},
 * {@code In Trump's mind, CLAUSE}, {@code To Sharp, CLAUSE}, {@code To many, CLAUSE}. The phrase opens its sentence
 * and ends in a comma; the holder is a possessive mention or "his", "her", "their" before "view", "opinion", "mind"
 * or "estimation", or, after "To", a mention or "him", "her", "them", "many". The cue is the noun ("view") or "To";
 * the speaker is the holder (a mention, "his"/"her" resolved as a pronoun, the others left unresolved); the content
 * runs from the word after the comma to the end of the clause, as for verb cues. They count as non-speech cues.
 *
 * <p>On PolNeAR train (articles 400-839) the sentence-opening "In X's view/mind," is labelled an attribution in 3 of
 * 3 uses and "To X," in 3 of 4; a later "in his view" (3 of 5 unlabelled) and "For X," (2 of 16) are left out.
 *
 * <p>{@link #hearsay} reads "reportedly" ({@code The hackers have reportedly infiltrated ...}) as the writer's
 * report of hearsay, without a source: the content is the clause, from its sentence's first word to the clause end
 * after the adverb; on train "reportedly" is labelled a cue in 12 of its 17 uses ("officially", 7 of 13, "publicly",
 * 16 of 44, and "allegedly", 2 of 6, are left out).
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteViewpoints {

    private static final Set<String> VIEWS = Set.of("view", "opinion", "mind", "estimation");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "many");

    private QuoteViewpoints() {
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the writer's report cued by "reportedly" at word {@code w}, with no speaker; null when none
     */
    static Quote hearsay(QuoteText t, int w, int s) {
        int first = t.first(s);
        if (!t.word(w).lower().equals("reportedly") || w == first || t.inQuote(t.word(w).start())
                || t.inQuote(t.word(first).start())) {
            return null;
        }
        QuoteCues.Cue cue = new QuoteCues.Cue(w, w, QuoteCues.Kind.FINITE, false, true, "reportedly");
        return QuoteClauses.quote(t, cue, new SpeakerResolver.Found(null, w, w), first,
                QuoteClauses.contentLast(t, w, t.end(s)));
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the attribution framed by the phrase opening at word {@code w}; null when none
     */
    static Quote at(QuoteText t, int w, int s) {
        int end = t.end(s);
        QuoteText.Word opening = t.word(w);
        if (w != t.first(s) || w + 3 >= end || t.inQuote(opening.start()) || !t.plainGap(w + 1)) {
            return null;
        }
        boolean in = opening.lower().equals("in");
        if (!in && !opening.lower().equals("to")) {
            return null;
        }
        int holder = w + 1;
        int holderLast = holder;
        SpeakerResolver.Found speaker;
        EntityMention m = t.mention(holder);
        String word = t.word(holder).lower();
        if (m != null) {
            holderLast = Math.max(holder, t.wordAt(m.span().end()) - 1);
            if (in && !t.word(holderLast).possessive()) {
                return null;
            }
            speaker = new SpeakerResolver.Found(SpeakerResolver.speaker(m, t), holder, holderLast);
        } else if (in && POSSESSIVE_PRONOUNS.contains(word) || !in && OBJECT_PRONOUNS.contains(word)) {
            speaker = word.equals("his") || word.equals("her") && in ? SpeakerResolver.pronoun(t, holder)
                    : SpeakerResolver.unresolved(t, holder, holder);
        } else {
            return null;
        }
        int cueWord = in ? holderLast + 1 : w;
        int from = (in ? cueWord : holderLast) + 1;
        if (from + 1 >= end || (in && (!VIEWS.contains(t.word(cueWord).lower()) || !t.plainGap(cueWord)))
                || !t.gapBefore(from).contains(",")) {
            return null;
        }
        QuoteCues.Cue cue = new QuoteCues.Cue(cueWord, cueWord, QuoteCues.Kind.FINITE, false, true,
                t.word(cueWord).lower());
        return QuoteClauses.quote(t, cue, speaker, from, QuoteClauses.contentLast(t, from, end));
    }
}
