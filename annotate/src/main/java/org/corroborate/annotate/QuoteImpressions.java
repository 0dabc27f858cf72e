package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.Quote;

/**
 * Verbs of impression ({@code seems}, {@code appeared to}): the writer's attribution, without a source, unless an
 * attribution verb follows within {@value #IMPRESSION_REACH} words; and the subject test they share with the other
 * non-speech verbs ({@link #objectOfPreposition}: {@code The threat of the missiles appeared to ...}).
 *
 * <p>Arguments are never null; {@link #at} returns null when there is no quote. Stateless and thread-safe.
 */
final class QuoteImpressions {

    /** The base forms of the verbs of impression. */
    private static final Set<String> IMPRESSIONS = Set.of("seem", "appear");
    private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "PRP$", "POS", "CD");
    /** How far after an impression verb an attribution verb gives it back its subject as source. */
    static final int IMPRESSION_REACH = 4;

    private static final Set<String> QUANTIFIERS = Set.of("one", "some", "most", "many", "all", "none", "each",
            "half", "majority", "number", "percent", "share", "third", "quarter", "members", "group");

    private QuoteImpressions() {
    }

    /**
     * @param c a cue
     * @return true when the cue is a verb of impression ({@code seem}, {@code appear})
     */
    static boolean isImpression(QuoteCues.Cue c) {
        return IMPRESSIONS.contains(c.base());
    }

    /**
     * {@code The music seemed to match the mood}, {@code Clinton appeared irritated}: an impression the writer reports,
     * with no source; the content runs from the subject's first word ({@code The threat of the missiles appeared}: the
     * noun phrase before "of") over the cue to the clause end, the speaker is
     * null; unless an attribution verb follows within {@value #IMPRESSION_REACH} words ({@code She appeared to imply
     * that ...}, {@code seemed more likely to describe}), which makes the subject its source.
     *
     * @param t       the article view
     * @param c       the impression cue
     * @param subject the subject found left of the cue
     * @param s       the sentence of the cue
     * @return the quote; null when the cue introduces no content
     */
    static Quote at(QuoteText t, QuoteCues.Cue c, SpeakerResolver.Found subject, int s) {
        Quote complement = QuoteComplements.forward(t, c, subject, s);
        if (complement == null) {
            return null;
        }
        int k = t.wordAt(complement.content().start());
        for (int i = k; i < t.end(s) && i - k < IMPRESSION_REACH; i++) {
            if (QuoteCues.atAny(t, i) != null) {
                return complement; // "She appeared to imply ...": the subject is the source
            }
        }
        int first = SpeakerResolver.npStart(t, subject.first(), t.first(s));
        if (objectOfPreposition(t, subject, t.first(s))) {
            first -= 2; // "The threat of the missiles appeared to ...": the subject is headed by the noun before "of"
            while (first - 1 >= t.first(s) && t.plainGap(first) && NOUN_PHRASE_TAGS.contains(t.word(first - 1).tag())) {
                first--;
            }
        }
        int start = t.word(first).start();
        return new Quote(t.span(start, complement.content().end()), complement.cue(), null, false);
    }

    /**
     * True when the phrase of {@code f} is the object of "of" after a common noun ({@code The threat of the missiles
     * appeared}): the noun before "of" heads the subject, not the phrase. Quantities ({@code most of the voters}) do
     * not count.
     *
     * @param t     the article view
     * @param f     the phrase found left of a cue
     * @param first the first word of its sentence
     */
    static boolean objectOfPreposition(QuoteText t, SpeakerResolver.Found f, int first) {
        int np = SpeakerResolver.npStart(t, f.first(), first);
        return np - 1 > first && t.plainGap(np) && t.word(np - 1).lower().equals("of") && t.plainGap(np - 1)
                && (t.word(np - 2).tag().equals("NN") || t.word(np - 2).tag().equals("NNS"))
                && !QUANTIFIERS.contains(t.word(np - 2).lower());
    }
}
