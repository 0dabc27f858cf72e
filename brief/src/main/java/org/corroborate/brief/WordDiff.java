package org.corroborate.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-level diff of two renderings of one utterance: which words of a rendering are not in its longest common
 * word subsequence with the first rendering. Words compare case-insensitively without surrounding punctuation, so
 * "Home," and "home" match.
 *
 * <p>Stateless and thread-safe.
 */
final class WordDiff {

    /**
     * One word of a rendering, as written.
     *
     * @param text    the word with its punctuation
     * @param changed true when the reference rendering does not have it in the same order
     */
    record Word(String text, boolean changed) {
    }

    private WordDiff() {
    }

    /** The words of {@code other}, each marked when it is not shared, in order, with {@code reference}. */
    static List<Word> against(String reference, String other) {
        String[] a = reference.strip().split("\\s+");
        String[] b = other.strip().split("\\s+");
        if (other.isBlank()) {
            return List.of();
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = key(a[i]).equals(key(b[j])) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Word> result = new ArrayList<>(b.length);
        int i = 0;
        int j = 0;
        while (j < b.length) {
            if (i < a.length && key(a[i]).equals(key(b[j]))) {
                result.add(new Word(b[j], false));
                i++;
                j++;
            } else if (i < a.length && lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                result.add(new Word(b[j], true));
                j++;
            }
        }
        return result;
    }

    private static String key(String word) {
        return word.replaceAll("^[\\p{Punct}\\p{Pi}\\p{Pf}]+|[\\p{Punct}\\p{Pi}\\p{Pf}]+$", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'');
    }
}
