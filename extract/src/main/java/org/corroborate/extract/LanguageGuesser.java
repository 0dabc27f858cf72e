package org.corroborate.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** A cheap language guess from stopword counts: en, de, fr or es; null when unsure. */
final class LanguageGuesser {
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");

    private static final int SAMPLE_CHARS = 4000;
    private static final int MIN_HITS = 5;
    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "as", "said",
                    "he", "it", "by", "at", "from", "his", "have", "would", "which", "this", "were", "after"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "sich", "auf",
                    "f\u00fcr", "ein", "eine", "dem", "des", "im", "auch", "wurde", "sagte", "nach", "wie"),
            "fr", Set.of("le", "les", "et", "des", "est", "une", "dans", "que", "qui", "du", "pour", "pas", "sur",
                    "au", "avec", "il", "elle", "a", "ont", "sont", "mais", "cette", "aux"),
            "es", Set.of("el", "los", "las", "y", "que", "en", "un", "una", "por", "con", "para", "es", "del", "se",
                    "al", "no", "su", "como", "pero", "sus", "fue", "dijo", "lo"));

    private LanguageGuesser() {
    }

    static String guess(String text) {
        String sample = text.substring(0, Math.min(text.length(), SAMPLE_CHARS)).toLowerCase(Locale.ROOT);
        String best = null;
        int bestHits = 0;
        int second = 0;
        String[] words = NOT_LETTER.split(sample);
        for (Map.Entry<String, Set<String>> language : STOPWORDS.entrySet()) {
            int hits = 0;
            for (String word : words) {
                if (language.getValue().contains(word)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                second = bestHits;
                bestHits = hits;
                best = language.getKey();
            } else if (hits > second) {
                second = hits;
            }
        }
        return bestHits >= MIN_HITS && bestHits >= second * 1.5 ? best : null;
    }
}
