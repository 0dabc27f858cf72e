package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Speaker;

/**
 * Finds who a speech cue belongs to and resolves it to an entity.
 *
 * <p>The speaker of a finite cue is its subject: the noun phrase right before it ({@code Trump said}), skipping
 * adverbs, auxiliaries and day words ({@code Putin on Thursday also said}), a parenthesis ({@code John Thune
 * (R-South Dakota) said}) or an appositive between commas ({@code Zelensky, hours before ..., tweeted}); else, for
 * an inverted cue, the noun phrase right after it ({@code said Ukrainian lawmaker Iryna Gerashchenko}: the last
 * mention of the name-and-title run). The speaker of a participle ({@code ..., saying}) or of a verb coordinated with
 * "and"/"but" is found by {@link ClauseSubjects}, whose last resort is the {@link #mainSubject}: the first PERSON (else
 * ORGANIZATION) mention of the sentence that is not possessive, not hyphen-attached ({@code Trump-Putin meeting}) and
 * not the object of a preposition.
 *
 * <p>A noun phrase resolves as: an entity mention (the speaker span is the mention; name = the entity's canonical
 * name); {@code he}/{@code she} to the main-clause subject (as above) of the nearest sentence, counting back from the
 * pronoun, that has one, except that a pronoun in a fronted subordinate clause ({@code After what he called ...,
 * President Donald Trump said}) takes the PERSON right after the clause's comma; {@code they} stays unresolved; a description ({@code the president}, {@code the Russian
 * leader}, {@code Ukraine's president}) to the PERSON entity whose earlier mentions carried that title or modifier
 * ({@code President Donald Trump}, {@code Russian President Vladimir Putin}): most matching words first, then most
 * matching mentions, then the most recent; {@code the Kremlin}-like capitalised descriptions to the entity whose name
 * holds the word; with real POS tags, any other common-noun phrase ({@code a source}, {@code the poll}) and the
 * pronouns {@code I}, {@code we}, {@code who} as {@link SpeakerPhrases} documents; a relative {@code which} after a
 * comma ({@code the Saudi government, which has denied}) is the speaker, unresolved. Unresolved speakers keep their
 * words as name and a null entity id.
 *
 * <p>Descriptions ({@code the president}) resolve in {@link SpeakerDescriptions}.
 *
 * <p>Stateless and thread-safe; every method returns null when it finds nothing.
 */
final class SpeakerResolver {

    /**
     * A speaker found in the text.
     *
     * @param speaker the speaker
     * @param first   the first word of the words naming it
     * @param last    the last word of the words naming it
     */
    record Found(Speaker speaker, int first, int last) {
    }

    private SpeakerResolver() {
    }

    /** The speaker of {@code cue}, looking no further left than word {@code min} and right than {@code max}. */
    static Found forCue(QuoteText t, QuoteCues.Cue cue, int min, int max) {
        int sentenceFirst = Math.max(min, t.first(t.word(cue.first()).sentence()));
        switch (cue.kind()) {
            case ACCORDING_TO:
                return rightOf(t, cue.last(), max);
            case PARTICIPLE:
                return ClauseSubjects.of(t, sentenceFirst, cue.first(), cue.broad(), true);
            default:
                Found f = leftOf(t, cue.first(), min);
                if (f == null && cue.first() > sentenceFirst
                        && Set.of("and", "but").contains(t.word(cue.first() - 1).lower())) {
                    f = ClauseSubjects.of(t, sentenceFirst, cue.first(), cue.broad(), false);
                }
                if (f == null && !cue.tell()) {
                    f = rightOf(t, cue.last(), max);
                }
                return f;
        }
    }

    /** The subject ending before word {@code cue} and starting at or after word {@code min}. */
    static Found leftOf(QuoteText t, int cue, int min) {
        int lo = Math.max(min, t.first(t.word(cue).sentence()));
        int j = cue - 1;
        int fillers = 0;
        while (j >= lo) {
            String gap = t.gapBefore(j + 1);
            if (hasMark(gap) || containsAny(gap, ";:!?")) {
                return null;
            }
            if (gap.contains(")")) {
                int k = j;
                while (k > lo && j - k < 8 && !t.gapBefore(k).contains("(")) {
                    k--;
                }
                if (!t.gapBefore(k).contains("(")) {
                    return null;
                }
                j = k - 1;
                continue;
            }
            if (gap.contains(",")) {
                return appositive(t, j, lo);
            }
            Found f = endingAt(t, j, lo);
            if (f != null) {
                return f;
            }
            if (fillers < 4 && (SpeakerWords.FILLERS.contains(t.word(j).lower()) || (t.tagged()
                    && (t.word(j).tag().startsWith("RB") || t.word(j).tag().equals("MD"))))) {
                fillers++;
                j--;
                continue;
            }
            return null;
        }
        return null;
    }

    /** The subject before an appositive ending at word {@code j} ({@code Zelensky, hours before ..., tweeted}). */
    private static Found appositive(QuoteText t, int j, int lo) {
        for (int k = j; k > lo && j - k < APPOSITIVE_WORDS; k--) {
            String gap = t.gapBefore(k);
            if (hasMark(gap) || containsAny(gap, ";:!?")) {
                return null;
            }
            if (gap.contains(",")) {
                Found f = endingAt(t, k - 1, lo);
                if (f != null && t.mention(f.last()) != null) {
                    return f;
                }
                if (j - k >= 20) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The most words an appositive between a subject and its cue may have; it may hold commas itself ({@code Clinton,
     * 35, the daughter of ..., said}) when the subject is a mention.
     */
    static final int APPOSITIVE_WORDS = 30;

    /** The subject after the cue ending at word {@code last}: {@code said Valeriy Chaly}, {@code according to X}. */
    static Found rightOf(QuoteText t, int last, int max) {
        int j = last + 1;
        if (j > max || j >= t.wordCount() || t.word(j).sentence() != t.word(last).sentence() || !t.plainGap(j)) {
            return null;
        }
        int end = Math.min(max + 1, t.end(t.word(j).sentence()));
        QuoteText.Word w = t.word(j);
        if (SpeakerWords.PRONOUNS.contains(w.lower())) {
            return pronoun(t, j);
        }
        EntityMention found = null;
        int foundFirst = -1;
        int k = j;
        if (SpeakerWords.DETERMINERS.contains(w.lower()) || w.possessive()) {
            k++;
        }
        while (k < end && k - j < 8 && (k == j || t.plainGap(k) || titleGap(t, k))) {
            EntityMention m = t.mention(k);
            if (m != null && !t.word(k).possessive()) {
                found = m;
                foundFirst = k;
                k = Math.max(k + 1, t.wordAt(m.span().end()));
                continue;
            }
            if (!npWord(t.word(k)) || t.word(k).possessive()) {
                break;
            }
            k++;
        }
        if (found != null) {
            return new Found(speaker(found, t), foundFirst, k - 1);
        }
        Found named = k > j ? endingAt(t, k - 1, j) : null;
        return named != null ? named : SpeakerPhrases.commonNounAfter(t, j, end);
    }

    /** The main-clause subject of the sentence of word {@code before}, looking at words {@code [from, before)}. */
    static Found mainSubject(QuoteText t, int from, int before) {
        Found org = null;
        for (int k = from; k < before; k++) {
            EntityMention m = t.mention(k);
            if (m == null || t.inQuote(t.word(k).start()) || (k > from && t.mention(k - 1) == m)) {
                continue;
            }
            int last = Math.max(k, t.wordAt(m.span().end()) - 1);
            if (!subjectLike(t, m, k, last, from)) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                return new Found(speaker(m, t), k, last);
            }
            if (m.type() == EntityType.ORGANIZATION && org == null) {
                org = new Found(speaker(m, t), k, last);
            }
        }
        if (org != null) {
            return org;
        }
        if (from < before && SpeakerWords.PRONOUNS.contains(t.word(from).lower()) && !t.word(from).lower().equals("they")) {
            return pronoun(t, from);
        }
        return null;
    }

    private static boolean subjectLike(QuoteText t, EntityMention m, int first, int last, int from) {
        String text = t.text();
        if (t.word(last).possessive() || (m.span().start() > 0 && text.charAt(m.span().start() - 1) == '-')
                || (m.span().end() < text.length() && text.charAt(m.span().end()) == '-')) {
            return false;
        }
        int k = npStart(t, first, from);
        return k == from || !SpeakerWords.PREPOSITIONS.contains(t.word(k - 1).lower());
    }

    /** The first word of the name-and-title run ending with the phrase starting at word {@code first}. */
    static int npStart(QuoteText t, int first, int min) {
        int k = first;
        while (k - 1 >= min && first - k < 4 && (t.plainGap(k) || titleGap(t, k)) && npWord(t.word(k - 1))
                && !t.word(k - 1).possessive()) {
            k--;
        }
        return k;
    }

    /** True when word {@code k} follows an abbreviated title and its period ({@code Mr. Obama}). */
    static boolean titleGap(QuoteText t, int k) {
        return k > t.first(t.word(k).sentence()) && SpeakerWords.ABBREVIATED_TITLES.contains(t.word(k - 1).lower())
                && t.gapBefore(k).strip().equals("."); // the set lookup first: most gaps are not a title's period
    }

    static boolean npWord(QuoteText.Word w) {
        return (w.capitalized() && !SpeakerWords.STOP_CAPS.contains(w.lower())) || SpeakerWords.TITLES.contains(w.lower())
                || SpeakerWords.MODIFIERS.contains(w.lower());
    }

    /** A speaker phrase ending at word {@code j}: a mention, a pronoun, a description or a capitalised name. */
    private static Found endingAt(QuoteText t, int j, int lo) {
        QuoteText.Word w = t.word(j);
        EntityMention m = t.mention(j);
        if (m != null) {
            if (w.possessive()) {
                return null;
            }
            return new Found(speaker(m, t), Math.max(lo, t.wordAt(m.span().start())), j);
        }
        String contracted = SpeakerWords.contractedPronoun(w.lower());
        if (contracted != null) { // "she's hoping", "he's said", "they've suggested"
            return SpeakerWords.PRONOUNS.contains(contracted) ? pronoun(t, j, contracted) : unresolved(t, j, j);
        }
        if (w.possessive()) {
            return null;
        }
        if (SpeakerWords.PRONOUNS.contains(w.lower())) {
            return pronoun(t, j);
        }
        Found d = SpeakerDescriptions.of(t, j, lo);
        if (d != null) {
            return d;
        }
        if (w.capitalized() && !SpeakerWords.STOP_CAPS.contains(w.lower()) && (!t.tagged() || w.tag().startsWith("NNP"))) {
            int k = j;
            while (k - 1 >= lo && j - k < 3 && (t.plainGap(k) || titleGap(t, k)) && t.word(k - 1).capitalized()
                    && !SpeakerWords.STOP_CAPS.contains(t.word(k - 1).lower()) && !t.word(k - 1).possessive()) {
                k--;
            }
            return unresolved(t, k, j);
        }
        if (SpeakerWords.OTHER_PRONOUNS.contains(w.lower())) {
            return SpeakerPhrases.relative(t, j, lo);
        }
        if (w.lower().equals("which") && j > lo && t.gapBefore(j).contains(",")) {
            return unresolved(t, j, j); // "the Saudi government, which has denied ...": the relative, unresolved
        }
        return SpeakerPhrases.commonNoun(t, j, lo);
    }

    /** {@code he}/{@code she}: the main-clause subject of the nearest sentence before that has one. */
    static Found pronoun(QuoteText t, int j) {
        return pronoun(t, j, t.word(j).lower());
    }

    /** Like {@link #pronoun(QuoteText, int)} for word {@code j} that is, or contracts, the pronoun {@code lower}. */
    private static Found pronoun(QuoteText t, int j, String lower) {
        QuoteText.Word w = t.word(j);
        Found ahead = lower.equals("they") ? null : SpeakerPhrases.cataphora(t, j);
        if (ahead != null) {
            return new Found(new Speaker(t.span(w.start(), w.end()), ahead.speaker().entityId(),
                    ahead.speaker().name()), j, j);
        }
        if (!lower.equals("they")) {
            int s = w.sentence();
            for (int back = s; back >= 0 && s - back <= 6; back--) {
                Found f = mainSubject(t, t.first(back), back == s ? j : t.end(back));
                if (f != null && f.speaker().entityId() != null && t.mention(f.first()) != null
                        && t.mention(f.first()).type() == EntityType.PERSON) {
                    return new Found(new Speaker(t.span(w.start(), w.end()), f.speaker().entityId(),
                            f.speaker().name()), j, j);
                }
            }
        }
        return unresolved(t, j, j);
    }

    /** A speaker with no entity: words {@code [first, last]} as its span and name, a null entity id. */
    static Found unresolved(QuoteText t, int first, int last) {
        return new Found(new Speaker(t.span(t.word(first).start(), t.word(last).end()), null,
                t.text().substring(t.word(first).start(), t.word(last).end())), first, last);
    }

    /** The speaker a mention stands for: its span, its entity id, the entity's canonical name. */
    static Speaker speaker(EntityMention m, QuoteText t) {
        return new Speaker(m.span(), m.entityId(), nameOf(m, t));
    }

    /** The canonical name of a mention's entity, else the mention's words. */
    static String nameOf(EntityMention m, QuoteText t) {
        String name = t.name(m.entityId());
        return name != null ? name : m.span().text();
    }

    static boolean hasMark(String s) {
        if (s.contains("''")) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (QuoteMarks.isDouble(s.charAt(i)) || "‘’«»".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
