package org.corroborate.group;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.corroborate.api.Token;

/**
 * Which tokens carry content: not a stopword, not punctuation, not a number, not a function-word tag.
 *
 * <p>Stateless and thread-safe (the sets are immutable).
 */
final class Lexicon {

    /** Penn tags of function words, numbers and punctuation. */
    private static final Set<String> FUNCTION_TAGS = Set.of("CC", "CD", "DT", "EX", "IN", "LS", "MD", "PDT", "POS",
            "PRP", "PRP$", "RP", "SYM", "TO", "UH", "WDT", "WP", "WP$", "WRB", "-LRB-", "-RRB-", "``", "''", ",", ".",
            ":", "#", "$", "HYPH", "NFP");

    private static final Set<String> STOPWORDS = Set.copyOf(Arrays.asList((""
            + "a about above after again against all also am an and any are as at be because been before being "
            + "below between both but by can could did do does doing down during each even ever few for from "
            + "further get got had has have having he her here hers herself him himself his how however i if in "
            + "into is it its itself just least less like made make many may me might more most much must my myself "
            + "no nor not now of off on once one only or other our ours ourselves out over own per said same say "
            + "says she should since so some still such than that the their theirs them themselves then there these "
            + "they this those though through to too under until up upon us very was we were what when where "
            + "whether which while who whom whose why will with within without would yet you your yours yourself mr "
            + "mrs ms told tell according week year day monday tuesday wednesday thursday friday saturday sunday "
            + "new").split(" ")));

    private Lexicon() {
    }

    /** The normalised content lemma of {@code token}, or null when the token carries no content. */
    static String contentLemma(Token token) {
        if (token.tag() != null && FUNCTION_TAGS.contains(token.tag())) {
            return null;
        }
        String base = token.lemma() != null && !token.lemma().isBlank() ? token.lemma() : token.word();
        return contentWord(base);
    }

    /** {@code word} lower-cased when it is a content word, else null. */
    static String contentWord(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 2 || STOPWORDS.contains(w)) {
            return null;
        }
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                letter = true;
                break;
            }
        }
        return letter ? w : null;
    }
}
