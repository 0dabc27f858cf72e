package org.corroborate.annotate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.corroborate.api.Sentence;
import org.corroborate.api.Token;

/**
 * Warnings about text the English models cannot annotate well, for the record's {@code warnings}: text without a
 * single word, letters of other scripts than Latin, unbalanced quotation marks. Each warning names the problem and
 * what the annotator did about it.
 *
 * <p>Stateless and thread-safe.
 */
final class InputWarnings {

    /** Letters of other scripts below this share of all letters give no warning (a name in Cyrillic, a symbol). */
    static final double SCRIPT_SHARE = 0.01;

    private InputWarnings() {
    }

    /**
     * @param text      the annotated text; never null
     * @param sentences its sentences; never null
     * @return the warnings, in a stable order; never null
     */
    static List<String> of(String text, List<Sentence> sentences) {
        List<String> warnings = new ArrayList<>();
        if (!sentences.isEmpty() && sentences.stream().flatMap(s -> s.tokens().stream()).noneMatch(InputWarnings::word)) {
            warnings.add("no words found: the text has no letters or digits, nothing to annotate");
        }
        String scripts = scripts(text);
        if (scripts != null) {
            warnings.add(scripts);
        }
        int unclosed = QuoteMarks.unclosed(QuoteMarks.find(text));
        if (unclosed > 0) {
            warnings.add("unbalanced quotation marks: " + unclosed + " opening mark(s) never closed; each such quote "
                    + "ends at its paragraph end (or its first sentence end in a paragraph over "
                    + QuoteMarks.MAX_UNCLOSED + " characters)");
        }
        return warnings;
    }

    private static boolean word(Token t) {
        return t.word().codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * A warning naming the scripts other than Latin whose letters make at least {@value #SCRIPT_SHARE} of all
     * letters, with their shares; null when there are none.
     */
    static String scripts(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    counts.merge(script, 1, Integer::sum);
                }
            }
        }
        StringBuilder named = new StringBuilder();
        for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
            double share = (double) e.getValue() / letters;
            if (share >= SCRIPT_SHARE) {
                named.append(named.length() == 0 ? "" : ", ").append(title(e.getKey().name()))
                        .append(String.format(Locale.ROOT, " %.0f%%", 100 * share));
            }
        }
        return named.length() == 0 ? null : "mixed scripts: " + named
                + " of the letters are not Latin; the English models may miss names, quotes and dates in them";
    }

    private static String title(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
