package org.corroborate.annotate;

import java.util.Set;

import org.corroborate.api.EntityMention;
import org.corroborate.api.Speaker;

/**
 * Speaker phrases beyond names, pronouns and titled descriptions, for {@link SpeakerResolver}: common-noun phrases
 * read from real POS tags ({@code a source}, {@code the poll}, {@code top black lawmakers}) and the pronouns
 * {@code I}, {@code we} and a relative {@code who}. All are unresolved (null entity id) except a {@code who} that
 * follows a named antecedent. Also the forward reference of a pronoun in a fronted clause ({@link #cataphora}).
 *
 * <p>Stateless and thread-safe; every method returns null when it finds nothing.
 */
final class SpeakerPhrases {

    private static final Set<String> NP_TAGS = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD",
            "PRP$", "POS", "VBN");

    private SpeakerPhrases() {
    }

    /**
     * {@code I}, {@code we}, or a relative {@code who}: unresolved, except that {@code who} right after a comma and a
     * mention takes that mention's entity ({@code Trump, who said ...}).
     */
    static SpeakerResolver.Found relative(QuoteText t, int j, int lo) {
        QuoteText.Word w = t.word(j);
        if (w.lower().equals("who") && j - 1 >= lo && t.gapBefore(j).contains(",") && t.mention(j - 1) != null
                && !t.word(j - 1).possessive()) {
            EntityMention m = t.mention(j - 1);
            Speaker s = SpeakerResolver.speaker(m, t);
            return new SpeakerResolver.Found(new Speaker(t.span(w.start(), w.end()), s.entityId(), s.name()), j, j);
        }
        return SpeakerResolver.unresolved(t, j, j);
    }

    /**
     * With real POS tags, a common-noun phrase ending at word {@code j} ({@code a source}, {@code top black lawmakers},
     * {@code the Trump campaign}, {@code A Bloomberg poll}): determiners, adjectives, numbers, nouns and possessives,
     * at most 6 words, unresolved; never a time word ({@code last month}).
     */
    static SpeakerResolver.Found commonNoun(QuoteText t, int j, int lo) {
        QuoteText.Word w = t.word(j);
        SpeakerResolver.Found share = share(t, j, lo);
        if (share != null) {
            return share;
        }
        if (!t.tagged() || !(w.tag().equals("NN") || w.tag().equals("NNS")) || w.possessive()
                || t.inQuote(w.start()) || SpeakerWords.TEMPORAL.contains(w.lower())) {
            return null;
        }
        int k = j;
        while (k - 1 >= lo && j - k < 5 && t.plainGap(k) && NP_TAGS.contains(t.word(k - 1).tag())
                && !t.inQuote(t.word(k - 1).start())) {
            k--;
        }
        return SpeakerResolver.unresolved(t, k, j);
    }

    /**
     * A share of a polled group ending at word {@code j}: {@code Six in 10}, {@code more than 4 in 10},
     * {@code a third}, {@code three-quarters}, {@code half}, {@code a majority}, {@code 26%}; at most 4 words,
     * unresolved.
     */
    private static SpeakerResolver.Found share(QuoteText t, int j, int lo) {
        QuoteText.Word w = t.word(j);
        if (w.possessive() || t.inQuote(w.start())) {
            return null;
        }
        int k = j;
        int end = w.end();
        if (j - 2 >= lo && t.word(j - 1).lower().equals("in") && t.plainGap(j) && t.plainGap(j - 1)
                && number(t.word(j)) && number(t.word(j - 2))) {
            k = j - 2;
        } else if (w.lower().chars().allMatch(Character::isDigit) && t.text().startsWith("%", end)) {
            end++; // "26% say"
        } else if (!SHARES.contains(w.lower().replace("-", " ").replaceAll("^.* ", ""))) {
            return null;
        }
        while (k - 1 >= lo && j - k < 4 && t.plainGap(k) && SHARE_WORDS.contains(t.word(k - 1).lower())) {
            k--;
        }
        String words = t.text().substring(t.word(k).start(), end);
        return new SpeakerResolver.Found(new Speaker(t.span(t.word(k).start(), end), null, words), k, j);
    }

    private static boolean number(QuoteText.Word w) {
        return w.lower().chars().allMatch(Character::isDigit) || NumberWords.small(w.lower()) > 0;
    }

    private static final Set<String> SHARES = Set.of("half", "third", "thirds", "quarter", "quarters", "fifth",
            "fifths", "majority", "plurality");
    private static final Set<String> SHARE_WORDS = Set.of("a", "the", "about", "nearly", "almost", "roughly", "some",
            "more", "less", "fewer", "than", "over", "under", "just", "only", "two", "three", "four", "narrow", "slim",
            "clear", "large", "vast");

    /**
     * With real POS tags, the common-noun phrase starting at word {@code j} and ending before word {@code end}
     * ({@code according to the poll}, {@code said a spokesman}): at most 6 words, ending at its last noun.
     */
    static SpeakerResolver.Found commonNounAfter(QuoteText t, int j, int end) {
        if (!t.tagged()) {
            return null;
        }
        int head = -1;
        for (int i = j; i < end && i - j < 6 && (i == j || t.plainGap(i)) && NP_TAGS.contains(t.word(i).tag()); i++) {
            if (t.word(i).tag().startsWith("NN") && !t.word(i).possessive()
                    && !SpeakerWords.TEMPORAL.contains(t.word(i).lower())) {
                head = i;
            }
        }
        return head < 0 ? null : SpeakerResolver.unresolved(t, j, head);
    }

    /**
     * A pronoun in a fronted subordinate clause refers ahead to the main-clause subject after the clause's comma
     * ({@code After what he called a productive call, President Donald Trump said ...}): that subject when it is a
     * PERSON mention right after the comma (titles allowed); else null.
     */
    static SpeakerResolver.Found cataphora(QuoteText t, int j) {
        int s = t.word(j).sentence();
        int first = t.first(s);
        if (!SUBORDINATORS.contains(t.word(first).lower())) {
            return null;
        }
        for (int k = j + 1; k < t.end(s); k++) {
            if (t.gapBefore(k).contains(",")) {
                for (int m = k; m < t.end(s) && m - k < 4; m++) {
                    EntityMention mention = t.mention(m);
                    if (mention != null) {
                        int last = Math.max(m, t.wordAt(mention.span().end()) - 1);
                        return mention.type() == org.corroborate.api.EntityType.PERSON && !t.word(last).possessive()
                                ? new SpeakerResolver.Found(SpeakerResolver.speaker(mention, t), m, last) : null;
                    }
                    if (!SpeakerResolver.npWord(t.word(m))) {
                        return null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "although",
            "though", "since", "despite", "if", "because", "as", "once", "until");
}
