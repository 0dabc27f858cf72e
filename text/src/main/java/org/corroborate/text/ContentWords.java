package org.corroborate.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.corroborate.api.Token;

/**
 * Which tokens carry content, for the similarity stages: not a stopword, not punctuation, not a number, not a
 * function-word tag. {@link #GENERAL} drops English function words; {@link #NEWS} also drops words that every news
 * report shares (weekdays, "week", "year", "new"), which helps to tell stories apart but not facts.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContentWords {

    /** Penn tags of function words, numbers and punctuation. */
    private static final Set<String> FUNCTION_TAGS = Set.of("CC", "CD", "DT", "EX", "IN", "LS", "MD", "PDT", "POS",
            "PRP", "PRP$", "RP", "SYM", "TO", "UH", "WDT", "WP", "WP$", "WRB", "-LRB-", "-RRB-", "``", "''", ",", ".",
            ":", "#", "$", "HYPH", "NFP");

    private static final String ENGLISH = "a about above after again against all also am an and any are as at be "
            + "because been before being below between both but by can could did do does doing down during each even "
            + "ever few for from further get got had has have having he her here hers herself him himself his how "
            + "however i if in into is it its itself just least less like made make many may me might more most much "
            + "must my myself no nor not now of off on once one only or other our ours ourselves out over own per said "
            + "same say says she should since so some still such than that the their theirs them themselves then "
            + "there these they this those though through to too under until up upon us very was we were what when "
            + "where whether which while who whom whose why will with within without would yet you your yours "
            + "yourself mr mrs ms told tell according";

    /** English function words. */
    public static final ContentWords GENERAL = new ContentWords(ENGLISH);

    /** English function words and words common to every news report. */
    public static final ContentWords NEWS = new ContentWords(ENGLISH
            + " week year day monday tuesday wednesday thursday friday saturday sunday new");

    private final Set<String> stopwords;

    private ContentWords(String stopwords) {
        this.stopwords = Set.copyOf(new HashSet<>(Arrays.asList(stopwords.split(" "))));
    }

    /** The lower-cased content lemma of {@code token} (its word when it has no lemma), or null when it has none. */
    public String contentLemma(Token token) {
        if (token.tag() != null && FUNCTION_TAGS.contains(token.tag())) {
            return null;
        }
        String base = token.lemma() != null && !token.lemma().isBlank() ? token.lemma() : token.word();
        return contentWord(base);
    }

    /** {@code word} lower-cased when it is a content word (two or more characters, a letter, no stopword), else null. */
    public String contentWord(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 2 || stopwords.contains(w)) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return w;
            }
        }
        return null;
    }

    /** True when {@code token} is a number (tagged {@code CD}, or digits without letters). */
    public static boolean isNumber(Token token) {
        if ("CD".equals(token.tag())) {
            return true;
        }
        String w = token.word();
        boolean digit = false;
        for (int i = 0; w != null && i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return false;
            }
            digit |= Character.isDigit(w.charAt(i));
        }
        return digit;
    }

    /** The lower-cased words (runs of letters and digits) of {@code text}, in order. */
    public static List<String> words(String text) {
        return words(text, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} lower-cased words of {@code text}, in order: {@link #words(String)} stopped early, so
     * that a caller that only wants to know whether a text is short does not read a long one to its end.
     *
     * @param text  the text; never null
     * @param limit the most words to return, {@code >= 0}
     * @return at most {@code limit} words; never null
     */
    public static List<String> words(String text, int limit) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < text.length() && words.size() < limit) {
            while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                words.add(text.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }
}
