package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.EntityMention;

/**
 * The subject of a speech verb that the adjacent-phrase rules of {@link SpeakerResolver} miss because something
 * stands between them: an appositive or relative clause set off by commas, dashes or brackets ({@code Byrne — who was
 * posted at the door —, states that}, {@code The director of the centre, Ina Smith, told}), or a long noun phrase
 * with prepositional modifiers ({@code Some 56 percent of voters polled said}). With real POS tags only: the subject
 * is the noun phrase opening the main clause (after a fronted subordinate clause's comma), made of determiners,
 * adjectives, nouns, numbers, possessives and "of"/"for"/"at"/"in"/"from" between them, at most
 * {@value #PHRASE_WORDS} words, containing a noun or personal pronoun; it must be followed either by the cue (a
 * participle such as "polled" may come between) or by a parenthetical that ends right before the cue. No finite verb
 * may come between the phrase and the parenthetical. The speaker is the first entity mention in the phrase, else the
 * phrase, unresolved.
 *
 * <p>Arguments are never null; {@link #of} returns null when there is no such subject. Stateless and thread-safe.
 */
final class SentenceSubjects {

    private static final Set<String> NP_TAGS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS",
            "CD", "PRP$", "POS", "PRP");
    private static final Set<String> LINKS = Set.of("of", "for", "at", "in", "from");
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "although",
            "though", "since", "despite", "if", "because", "as", "once", "until", "even", "but", "and", "yet", "so");
    /** The most words of the subject phrase. */
    static final int PHRASE_WORDS = 12;
    /** The most words of the parenthetical between the phrase and the cue. */
    static final int PARENTHETICAL_WORDS = SpeakerResolver.APPOSITIVE_WORDS;

    private SentenceSubjects() {
    }

    /**
     * @param t    the article view
     * @param from the first word of the sentence
     * @param cue  the cue's first word
     * @return the subject; null when none
     */
    static SpeakerResolver.Found of(QuoteText t, int from, int cue) {
        if (!t.tagged()) {
            return null;
        }
        int start = from;
        if (SUBORDINATORS.contains(t.word(from).lower())) {
            start = -1;
            for (int k = from + 1; k < cue; k++) {
                if (t.gapBefore(k).contains(",")) {
                    start = k;
                    break;
                }
            }
            if (start < 0) {
                return null;
            }
        }
        int k = start;
        boolean noun = false;
        while (k < cue && k - start < PHRASE_WORDS && (k == start || t.plainGap(k)) && !t.inQuote(t.word(k).start())) {
            String tag = t.word(k).tag();
            if (NP_TAGS.contains(tag)) {
                noun |= tag.startsWith("NN") || tag.equals("PRP");
            } else if (!(LINKS.contains(t.word(k).lower()) && k > start && k + 1 < cue
                    && NP_TAGS.contains(t.word(k + 1).tag()))) {
                break;
            }
            k++;
        }
        if (!noun || k == start) {
            return null;
        }
        int end = k; // the first word after the phrase
        if (end < cue && !(end + 1 == cue && t.word(end).tag().equals("VBN") && t.plainGap(cue))) {
            String open = t.gapBefore(end);
            String close = t.gapBefore(cue);
            if (!(startsParenthetical(open) && startsParenthetical(close)) || cue - end > PARENTHETICAL_WORDS) {
                return null;
            }
        }
        return speakerOf(t, start, end);
    }

    /** Finite verb and modal tags: a word so tagged before the cue makes the cue not the main clause's verb. */
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    /** Auxiliaries and negations that may stand between a subject and its cue ({@code has also endorsed}). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "could", "can",
            "may", "might", "did", "does", "do", "should", "must", "not", "n't");
    /** Tags of a word that cannot open a subject: a fronted adjunct or clause comes first. */
    private static final Set<String> OPENERS = Set.of("IN", "RB", "RBR", "CC", "VBG", "VBN", "TO", "WRB", "WDT",
            "WP");
    /**
     * Tags of a relative pronoun opening a clause inside a subject ({@code The judges who ruled ... said}): "who" only,
     * as "that" and "which" more often open a clause whose verb is the cue's.
     */
    private static final Set<String> RELATIVE_TAGS = Set.of("WP");
    /** Tags of a one-word quantifier subject ({@code Several said}, {@code Both argued}). */
    private static final Set<String> QUANTIFIER_TAGS = Set.of("DT", "JJ", "CD");
    /** Determiners that are no subject on their own ({@code That said, ...}). */
    private static final Set<String> NOT_QUANTIFIERS = Set.of("the", "a", "an", "this", "that");
    /** The most words of a main-clause subject ({@link #mainClause}). */
    static final int MAIN_SUBJECT_WORDS = 20;

    /**
     * The subject of a cue that is the main clause's finite verb, when the adjacent-phrase rules and {@link #of} find
     * none: everything from the sentence start, or from after the last comma of a fronted adjunct ({@code In 2008,
     * ...}), up to the cue's auxiliaries and adverbs ({@code A memorable ad in 2008 questioned whether},
     * {@code Sens. A (D-Ore.), B (D-Ohio) and C (D-N.J.) all suggested that}, {@code Those close to him say that}).
     * With real POS tags only. The cue, or the auxiliary before it, must be finite ({@code VBD}, {@code VBZ},
     * {@code VBP}, {@code MD}); the phrase has at most {@value #MAIN_SUBJECT_WORDS} words, a noun or personal
     * pronoun (or is one quantifier word: {@code Several said}), no finite verb except inside a relative clause
     * opened by "who" after the noun ({@code The judges who ruled that ... said}: the speaker is the phrase before
     * "who"), no word inside quotation marks and no quotation mark, colon or semicolon between its words. The speaker
     * is the phrase's first entity mention that is not a possessive, else the phrase, unresolved.
     *
     * @param t    the article view
     * @param from the first word of the sentence
     * @param cue  the cue's first word
     * @return the subject; null when none
     */
    static SpeakerResolver.Found mainClause(QuoteText t, int from, int cue) {
        if (!t.tagged() || cue <= from) {
            return null;
        }
        int end = cue; // the first word after the subject phrase
        while (end - 1 > from && t.plainGap(end) && (AUXILIARIES.contains(t.word(end - 1).lower())
                || t.word(end - 1).tag().startsWith("RB"))) {
            end--;
        }
        if (!FINITE.contains(t.word(cue).tag()) && !(end < cue && FINITE.contains(t.word(end).tag()))) {
            return null;
        }
        int start = from;
        if (OPENERS.contains(t.word(from).tag())) {
            start = -1;
            for (int k = from + 1; k < end; k++) {
                if (t.gapBefore(k).contains(",")) {
                    start = k;
                }
            }
            if (start < 0 || OPENERS.contains(t.word(start).tag())) {
                return null;
            }
        }
        if (end <= start || end - start > MAIN_SUBJECT_WORDS) {
            return null;
        }
        boolean noun = false;
        int relative = -1; // the first relative pronoun after the head noun ("The judges who ruled that ...")
        for (int k = start; k < end; k++) {
            QuoteText.Word w = t.word(k);
            String gap = t.gapBefore(k);
            if (relative < 0 && noun && RELATIVE_TAGS.contains(w.tag())) {
                relative = k;
            }
            if (t.inQuote(w.start()) || (FINITE.contains(w.tag()) && relative < 0)
                    || (k > start && (SpeakerResolver.hasMark(gap) || gap.contains(":") || gap.contains(";")))) {
                return null;
            }
            noun |= w.tag().startsWith("NN") || w.tag().equals("PRP");
        }
        if (!noun && !(end - start == 1 && QUANTIFIER_TAGS.contains(t.word(start).tag())
                && !NOT_QUANTIFIERS.contains(t.word(start).lower()))) {
            return null;
        }
        return speakerOf(t, start, relative > 0 ? relative : end);
    }

    /** The subject phrase {@code [start, end)}: its first entity mention that is not a possessive, else itself. */
    private static SpeakerResolver.Found speakerOf(QuoteText t, int start, int end) {
        for (int i = start; i < end; i++) {
            EntityMention m = t.mention(i);
            if (m != null && !t.word(i).possessive()) {
                return new SpeakerResolver.Found(SpeakerResolver.speaker(m, t), start, end - 1);
            }
        }
        return SpeakerResolver.unresolved(t, start, end - 1);
    }

    private static boolean startsParenthetical(String gap) {
        return gap.contains(",") || gap.contains("—") || gap.contains("–") || gap.contains("(") || gap.contains(")");
    }
}
