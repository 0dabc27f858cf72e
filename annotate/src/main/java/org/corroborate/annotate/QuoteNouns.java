package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.EntityMention;
import org.corroborate.api.Quote;

/**
 * Indirect quotes cued by a noun of saying followed by a that-clause: {@code Trump's claim that CLAUSE},
 * {@code his warning that CLAUSE}, {@code Detzner sent out a statement that CLAUSE}. The noun is the cue; the "that"
 * must read as a complementiser (with real POS tags, tagged {@code IN}, not {@code WDT}; the next word not a verb).
 * The speaker is the possessor right before the noun (at most two adjectives between: {@code Trump's repeated claim});
 * without one, the main-clause subject before the noun ({@code Detzner sent out a statement that}). The content runs
 * from "that" to the end of the clause, as for verb cues.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteNouns {

    private static final Set<String> NOUNS = Set.of("claim", "claims", "assertion", "assertions", "statement",
            "warning", "warnings", "belief", "argument", "suggestion", "accusation", "accusations", "insistence",
            "contention", "allegation", "allegations", "charge", "complaint", "prediction", "assurance",
            "assurances", "promise", "pledge", "vow", "remark", "remarks", "comments", "declaration", "announcement",
            "admission", "assessment", "conclusion", "message");
    /** Without POS tags, "that" before these is a relative pronoun ({@code the statement that was released}). */
    private static final Set<String> AUXILIARIES = Set.of("was", "is", "were", "are", "had", "has", "have", "would",
            "will", "could", "can", "should", "did", "does", "do", "may", "might");
    /** Without POS tags, the adjectives allowed between a possessor and its noun. */
    private static final Set<String> ADJECTIVES = Set.of("repeated", "earlier", "latest", "new", "stark", "bold",
            "frequent", "public", "previous", "recent", "oft-repeated", "false", "dubious");
    private static final Set<String> NOT_POSSESSORS = Set.of("their", "its", "our", "my", "your");

    private QuoteNouns() {
    }

    /**
     * @param t the article view
     * @param w a word index
     * @param s the sentence of word {@code w}
     * @return the quote cued by the noun at word {@code w}; null when none
     */
    static Quote at(QuoteText t, int w, int s) {
        QuoteText.Word noun = t.word(w);
        int end = t.end(s);
        if (!NOUNS.contains(noun.lower()) || w + 2 >= end || t.inQuote(noun.start())
                || !t.word(w + 1).lower().equals("that") || !t.plainGap(w + 1) || !t.plainGap(w + 2)) {
            return null;
        }
        if (t.tagged() ? !noun.tag().startsWith("NN") || !t.word(w + 1).tag().equals("IN")
                || t.word(w + 2).tag().startsWith("VB") || t.word(w + 2).tag().equals("MD")
                : AUXILIARIES.contains(t.word(w + 2).lower())) {
            return null;
        }
        SpeakerResolver.Found speaker = possessor(t, w, t.first(s));
        if (speaker == null) {
            speaker = SpeakerResolver.mainSubject(t, t.first(s), w);
        }
        if (speaker == null) {
            return null;
        }
        QuoteCues.Cue cue = new QuoteCues.Cue(w, w, QuoteCues.Kind.FINITE, false, true, noun.lower());
        return QuoteClauses.quote(t, cue, speaker, w + 1, QuoteClauses.contentLast(t, w + 1, end));
    }

    /** The possessor of the noun at word {@code w}: a possessive mention or pronoun at most two words before it. */
    static SpeakerResolver.Found possessor(QuoteText t, int w, int first) {
        for (int k = w - 1; k >= first && w - k <= 3; k--) {
            QuoteText.Word word = t.word(k);
            if (!t.plainGap(k + 1)) {
                return null;
            }
            boolean his = word.lower().equals("his") || word.lower().equals("her");
            if (word.possessive() || his) {
                for (EntityMention m : t.mentions()) {
                    if (m.span().start() < word.end() && m.span().end() > word.start()) {
                        return new SpeakerResolver.Found(SpeakerResolver.speaker(m, t),
                                t.wordAt(m.span().start()), k);
                    }
                }
                return his ? SpeakerResolver.pronoun(t, k) : null;
            }
            if (NOT_POSSESSORS.contains(word.lower()) || !(t.tagged() ? word.tag().startsWith("JJ")
                    : ADJECTIVES.contains(word.lower()))) {
                return null;
            }
        }
        return null;
    }
}
