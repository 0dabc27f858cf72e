package org.corroborate.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The metric of trafilatura's evaluation set ({@code tests/eval_common.py} upstream) plus metadata checks.
 *
 * <p>Body text: the output and each segment are whitespace-normalised (every run of Unicode whitespace becomes one
 * space; nothing is trimmed). A "with" segment found as a substring of the output is a true positive, one not found a
 * false negative; a "without" segment found is a false positive, one not found a true negative. Counts are summed
 * over the corpus (micro average). Upstream normalises only the output; normalising the segments too differs only for
 * the one segment of the set that contains no-break spaces, which upstream can never match.
 *
 * <p>Metadata: the title matches when equal after whitespace normalisation and trimming; the date matches when the
 * first ten characters of {@code Article.published} equal the gold {@code YYYY-MM-DD}; the author matches exactly when
 * the byline joined with {@code "; "} equals the gold string ({@code tests/eval_authors.py}), and leniently when every
 * gold name (the gold split on {@code " and "}, {@code " und "}, {@code "; "}, {@code ", "}) occurs in the joined
 * byline, ignoring case.
 *
 * <p>Stateless, pure and thread-safe.
 */
public final class SegmentMetric {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile(" and | und |; |, ");

    private SegmentMetric() {
    }

    /**
     * Segment counts, summed over documents with {@link #plus(Counts)}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param tp "with" segments found
     * @param fp "without" segments found
     * @param fn "with" segments missing
     * @param tn "without" segments missing
     */
    public record Counts(long tp, long fp, long fn, long tn) {

        /** No segment at all. */
        public static final Counts ZERO = new Counts(0, 0, 0, 0);

        /** The element-wise sum. */
        public Counts plus(Counts other) {
            return new Counts(tp + other.tp, fp + other.fp, fn + other.fn, tn + other.tn);
        }

        /** {@code tp + fp + fn + tn}. */
        public long total() {
            return tp + fp + fn + tn;
        }

        /** {@code tp / (tp + fp)}; {@code 0} when undefined. */
        public double precision() {
            return tp + fp > 0 ? (double) tp / (tp + fp) : 0;
        }

        /** {@code tp / (tp + fn)}; {@code 0} when undefined. */
        public double recall() {
            return tp + fn > 0 ? (double) tp / (tp + fn) : 0;
        }

        /** {@code 2PR/(P+R)}; {@code 0} when undefined. */
        public double f1() {
            return TextScores.f1(precision(), recall());
        }

        /** {@code (tp + tn) / total}; {@code 0} when undefined. */
        public double accuracy() {
            return total() > 0 ? (double) (tp + tn) / total() : 0;
        }
    }

    /** {@code text} with every run of Unicode whitespace replaced by one space; null becomes {@code ""}. */
    public static String normalise(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ");
    }

    /**
     * Scores one document.
     *
     * @param output  the extracted body; null counts as empty
     * @param with    segments that belong to the body; never null, null elements are skipped
     * @param without segments that do not; never null, null elements are skipped
     * @return the counts; never null
     */
    public static Counts score(String output, List<String> with, List<String> without) {
        String text = normalise(output);
        long tp = 0;
        long fn = 0;
        long fp = 0;
        long tn = 0;
        for (String segment : with) {
            if (segment != null) {
                if (text.contains(normalise(segment))) {
                    tp++;
                } else {
                    fn++;
                }
            }
        }
        for (String segment : without) {
            if (segment != null) {
                if (text.contains(normalise(segment))) {
                    fp++;
                } else {
                    tn++;
                }
            }
        }
        return new Counts(tp, fp, fn, tn);
    }

    /** Whether {@code ours} equals {@code gold} after whitespace normalisation and trimming; null never matches. */
    public static boolean titleMatches(String gold, String ours) {
        return gold != null && ours != null && normalise(gold).strip().equals(normalise(ours).strip());
    }

    /** Whether the first ten characters of {@code published} equal {@code gold}; null never matches. */
    public static boolean dateMatches(String gold, String published) {
        return gold != null && published != null && published.length() >= 10
                && published.substring(0, 10).equals(gold);
    }

    /** Whether {@code byline} joined with {@code "; "} equals {@code gold}; null never matches. */
    public static boolean authorExact(String gold, List<String> byline) {
        return gold != null && byline != null && !byline.isEmpty() && String.join("; ", byline).equals(gold);
    }

    /**
     * Whether every name of {@code gold} (split on {@code " and "}, {@code " und "}, {@code "; "}, {@code ", "})
     * occurs in {@code byline} joined with {@code "; "}, ignoring case; null or an empty byline never matches.
     */
    public static boolean authorLenient(String gold, List<String> byline) {
        if (gold == null || byline == null || byline.isEmpty()) {
            return false;
        }
        String ours = String.join("; ", byline).toLowerCase(Locale.ROOT);
        List<String> names = authorNames(gold);
        if (names.isEmpty()) {
            return false;
        }
        for (String name : names) {
            if (!ours.contains(name.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** The non-blank, trimmed names of a gold author string. */
    static List<String> authorNames(String gold) {
        List<String> names = new ArrayList<>();
        for (String part : AUTHOR_SEPARATOR.split(gold)) {
            String name = part.strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
