package org.corroborate.annotate;

import java.util.Map;
import java.util.Set;

import org.corroborate.api.Quote;

/**
 * Attributions cued by a noun of stance or speech with a preposition of its own: {@code Murphy's opposition to
 * CONTENT}, {@code concerns about CONTENT}, {@code his criticism of CONTENT}, {@code made no secret of CONTENT}.
 * The cue is the noun and its preposition; the content runs from the word after the preposition to the end of the
 * clause, as for verb cues. The speaker is the possessor right before the noun (as {@link QuoteNouns}: at most two
 * adjectives between); without one, the main-clause subject before the noun; without one, none (PolNeAR often
 * labels these without a source: "concerns about", "opposition to").
 *
 * <p>The pairs are those whose noun (CoreNLP lemma, tagged {@code NN*}) and preposition PolNeAR train (articles
 * 400-839) labels as the cue of an attribution in at least 40% of the uses not already inside one of our quotes, with
 * at least 3 such labels: "opposition to" (11 of 17), "concern about" (6 of 10), "doubt about" (6 of 9), "position
 * on" and "criticism of" (5 of 11), "favor of" (5 of 6), "reference to" (4 of 7), "talk about" (4 of 10),
 * "critique of" (3 of 4), "stance on" (3 of 7), "secret of" (3 of 3), "attack against" (3 of 4), "mention of" (3 of
 * 5). Pairs that pass but whose found quotes had the wrong speaker in more than half of the train matches are left
 * out: "question about" (15 of 29 labelled; 12 of 18 matches with a wrong speaker), "call for", "view of", "story of",
 * "conversation about", "statement about"; so is "attack on" (15 of 42). Without POS tags the noun must be the exact
 * word (or its plural) and not follow "to" (an infinitive: "to talk about").
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteNounPrepositions {

    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("opposition", "to"),
            Map.entry("concern", "about"), Map.entry("doubt", "about"), Map.entry("position", "on"),
            Map.entry("criticism", "of"), Map.entry("favor", "of"), Map.entry("reference", "to"),
            Map.entry("talk", "about"), Map.entry("critique", "of"), Map.entry("stance", "on"),
            Map.entry("secret", "of"), Map.entry("attack", "against"), Map.entry("mention", "of"));

    private static final Set<String> PLURAL_POSSESSORS = Set.of("their", "its", "our", "my", "your");

    private QuoteNounPrepositions() {
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the attribution cued by the noun at word {@code w} and its preposition; null when none
     */
    static Quote at(QuoteText t, int w, int s) {
        QuoteText.Word noun = t.word(w);
        int end = t.end(s);
        if (w + 2 >= end || t.inQuote(noun.start()) || !t.plainGap(w + 1) || !t.plainGap(w + 2)) {
            return null;
        }
        String lemma = lemma(t, w);
        if (lemma == null || !t.word(w + 1).lower().equals(NOUNS.get(lemma))) {
            return null;
        }
        SpeakerResolver.Found speaker = pluralPossessor(t, w, t.first(s));
        if (speaker == null) {
            speaker = QuoteNouns.possessor(t, w, t.first(s));
        }
        if (speaker == null) {
            speaker = SpeakerResolver.mainSubject(t, t.first(s), w);
        }
        if (speaker == null) {
            speaker = new SpeakerResolver.Found(null, w, w);
        }
        QuoteCues.Cue cue = new QuoteCues.Cue(w, w + 1, QuoteCues.Kind.FINITE, false, true, lemma);
        return QuoteClauses.quote(t, cue, speaker, w + 2, QuoteClauses.contentLast(t, w + 2, end));
    }

    /**
     * "their", "its", "our", "my" or "your" right before the noun or before at most two adjectives: the possessor,
     * unresolved ({@code their criticism of}); null when there is none.
     */
    private static SpeakerResolver.Found pluralPossessor(QuoteText t, int w, int first) {
        for (int k = w - 1; k >= first && w - k <= 3 && t.plainGap(k + 1); k--) {
            QuoteText.Word word = t.word(k);
            if (PLURAL_POSSESSORS.contains(word.lower())) {
                return SpeakerResolver.unresolved(t, k, k);
            }
            if (!(t.tagged() && word.tag().startsWith("JJ"))) {
                return null;
            }
        }
        return null;
    }

    /** The noun's lemma when it reads as a noun of the list; null otherwise. */
    private static String lemma(QuoteText t, int w) {
        QuoteText.Word word = t.word(w);
        if (t.tagged()) {
            return word.tag().startsWith("NN") ? word.lemma().toLowerCase(java.util.Locale.ROOT) : null;
        }
        if (w > t.first(word.sentence()) && t.word(w - 1).lower().equals("to")) {
            return null;
        }
        String lower = word.lower();
        if (NOUNS.containsKey(lower)) {
            return lower;
        }
        if (lower.endsWith("ies") && NOUNS.containsKey(lower.substring(0, lower.length() - 3) + "y")) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        return lower.endsWith("s") && NOUNS.containsKey(lower.substring(0, lower.length() - 1))
                ? lower.substring(0, lower.length() - 1) : null;
    }
}
