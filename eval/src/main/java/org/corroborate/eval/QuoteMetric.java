package org.corroborate.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Quote;
import org.corroborate.api.Span;

/**
 * The project's two quote-extraction metrics, as specified in {@code quotes-eval/README.md} (section 3), scored per
 * document with character offsets and summed over documents (micro average) with {@link Counts#plus}.
 *
 * <p><b>A. Quote match with speaker accuracy.</b> A gold quote's characters are the union of its content pieces; a
 * prediction's are the union of its {@link Quote#pieces()} (its content span when it has one piece, as the data's
 * README states for single-span predictions; a quote split around its attribution is scored like a gold quote in
 * pieces, the narration between them not counted); {@code score = |gold ∩ pred| / |gold|}. Gold quotes, in order of their first
 * content character, each take the unused prediction with the highest score (ties: the one that starts first); the
 * pair matches when the score is greater than θ (θ = {@value #LENIENT} and {@value #STRICT}, matched separately). A
 * matched speaker is right when its span overlaps a gold source piece, or its canonical name ({@link
 * org.corroborate.api.Speaker#name()}) ends in a surname that is a capitalised, non-pronoun word of the gold source
 * text (case-insensitive, possessive 's removed), or the gold has no source piece and the prediction no speaker. The
 * quote-mark subset ({@link Gold#hasQuoteMarks()}) gets recall and speaker accuracy from the same matching, and the
 * predictions flagged {@code direct} get a precision.
 *
 * <p><b>B. Exact role spans.</b> For source (the speaker span), cue and content separately, every span is trimmed
 * (whitespace, then at most one trailing {@code ,} or {@code .}, then whitespace; a span left empty is dropped); per
 * document the gold pieces and the predicted spans of the role (for content, every piece) are compared as sets of
 * boundaries.
 *
 * <p>Gold attributions without a content piece are not scored by either metric. Stateless and thread-safe; no
 * argument may be null.
 */
public final class QuoteMetric {

    /** The lenient threshold of metric A. */
    public static final double LENIENT = 0.3;
    /** The strict threshold of metric A. */
    public static final double STRICT = 0.8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
            "ourselves", "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her",
            "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "one", "who",
            "whom", "whose", "this", "that", "these", "those", "someone", "somebody", "anyone", "everyone");

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private QuoteMetric() {
    }

    /**
     * One gold attribution; the pieces are spans into the document text, in any order.
     *
     * @param source        the source (speaker) pieces; empty when the attribution has no source
     * @param cue           the cue pieces; may be empty
     * @param content       the content pieces; an attribution with none is not scored
     * @param hasQuoteMarks true when it belongs to the quote-mark subset
     */
    public record Gold(List<Span> source, List<Span> cue, List<Span> content, boolean hasQuoteMarks) {

        public Gold {
            source = List.copyOf(source);
            cue = List.copyOf(cue);
            content = List.copyOf(content);
        }

        int firstContentChar() {
            return content.stream().mapToInt(Span::start).min().orElse(Integer.MAX_VALUE);
        }
    }

    /**
     * Metric A at one threshold, as counts; the rates are derived.
     *
     * @param gold              scored gold quotes
     * @param predicted         predicted quotes
     * @param matches           matched pairs
     * @param speakerRight      matched pairs whose speaker is right
     * @param markedGold        gold quotes of the quote-mark subset
     * @param markedMatches     those matched
     * @param markedSpeakerRight those matched with the right speaker
     * @param direct            predictions flagged {@code direct}
     * @param directMatches     those matched
     */
    public record Matching(int gold, int predicted, int matches, int speakerRight, int markedGold, int markedMatches,
                           int markedSpeakerRight, int direct, int directMatches) {

        /** Nothing counted. */
        public static final Matching ZERO = new Matching(0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Matching plus(Matching o) {
            return new Matching(gold + o.gold, predicted + o.predicted, matches + o.matches,
                    speakerRight + o.speakerRight, markedGold + o.markedGold, markedMatches + o.markedMatches,
                    markedSpeakerRight + o.markedSpeakerRight, direct + o.direct, directMatches + o.directMatches);
        }

        public double precision() {
            return ratio(matches, predicted);
        }

        public double recall() {
            return ratio(matches, gold);
        }

        public double f1() {
            return QuoteMetric.f1(precision(), recall());
        }

        public double speakerAccuracy() {
            return ratio(speakerRight, matches);
        }

        public double markedRecall() {
            return ratio(markedMatches, markedGold);
        }

        public double markedSpeakerAccuracy() {
            return ratio(markedSpeakerRight, markedMatches);
        }

        public double directPrecision() {
            return ratio(directMatches, direct);
        }
    }

    /**
     * Metric B for one role, as counts.
     *
     * @param tp        predicted spans with the boundaries of a gold span
     * @param gold      distinct trimmed gold spans
     * @param predicted distinct trimmed predicted spans
     */
    public record Exact(int tp, int gold, int predicted) {

        /** Nothing counted. */
        public static final Exact ZERO = new Exact(0, 0, 0);

        public Exact plus(Exact o) {
            return new Exact(tp + o.tp, gold + o.gold, predicted + o.predicted);
        }

        public double precision() {
            return ratio(tp, predicted);
        }

        public double recall() {
            return ratio(tp, gold);
        }

        public double f1() {
            return QuoteMetric.f1(precision(), recall());
        }
    }

    /**
     * Both metrics for one document or, summed, for a corpus.
     *
     * @param lenient metric A at θ = 0.3
     * @param strict  metric A at θ = 0.8
     * @param source  metric B for the source (speaker) role
     * @param cue     metric B for the cue role
     * @param content metric B for the content role
     */
    public record Counts(Matching lenient, Matching strict, Exact source, Exact cue, Exact content) {

        /** Nothing counted. */
        public static final Counts ZERO = new Counts(Matching.ZERO, Matching.ZERO, Exact.ZERO, Exact.ZERO, Exact.ZERO);

        public Counts {
            Objects.requireNonNull(lenient, "lenient");
            Objects.requireNonNull(strict, "strict");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(cue, "cue");
            Objects.requireNonNull(content, "content");
        }

        public Counts plus(Counts o) {
            return new Counts(lenient.plus(o.lenient), strict.plus(o.strict), source.plus(o.source),
                    cue.plus(o.cue), content.plus(o.content));
        }
    }

    /** Scores one document: both metrics, both thresholds. */
    public static Counts score(List<Gold> gold, List<Quote> predicted) {
        List<Gold> scored = gold.stream().filter(g -> !g.content().isEmpty()).toList();
        return new Counts(match(scored, predicted, LENIENT), match(scored, predicted, STRICT),
                exact(scored.stream().flatMap(g -> g.source().stream()).toList(),
                        predicted.stream().map(q -> q.speaker() == null ? null : q.speaker().span()).toList()),
                exact(scored.stream().flatMap(g -> g.cue().stream()).toList(),
                        predicted.stream().map(Quote::cue).toList()),
                exact(scored.stream().flatMap(g -> g.content().stream()).toList(),
                        predicted.stream().flatMap(q -> q.pieces().stream()).toList()));
    }

    /** Metric A for one document at threshold {@code theta}; gold quotes without content are left out. */
    public static Matching match(List<Gold> gold, List<Quote> predicted, double theta) {
        List<Gold> ordered = gold.stream().filter(g -> !g.content().isEmpty())
                .sorted(Comparator.comparingInt(Gold::firstContentChar)).toList();
        List<Quote> byStart = predicted.stream().sorted(Comparator.comparingInt(q -> q.content().start())).toList();
        boolean[] used = new boolean[byStart.size()];
        int matches = 0;
        int speakerRight = 0;
        int markedGold = 0;
        int markedMatches = 0;
        int markedSpeakerRight = 0;
        int directMatches = 0;
        for (Gold g : ordered) {
            List<int[]> union = union(g.content());
            int size = union.stream().mapToInt(r -> r[1] - r[0]).sum();
            int best = -1;
            double bestScore = -1;
            for (int i = 0; i < byStart.size(); i++) {
                if (used[i]) {
                    continue;
                }
                double score = size == 0 ? 0 : (double) overlap(union, byStart.get(i).pieces()) / size;
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            if (g.hasQuoteMarks()) {
                markedGold++;
            }
            if (best < 0 || !(bestScore > theta)) {
                continue;
            }
            used[best] = true;
            Quote q = byStart.get(best);
            boolean right = speakerRight(g, q);
            matches++;
            speakerRight += right ? 1 : 0;
            if (g.hasQuoteMarks()) {
                markedMatches++;
                markedSpeakerRight += right ? 1 : 0;
            }
            directMatches += q.direct() ? 1 : 0;
        }
        int direct = (int) predicted.stream().filter(Quote::direct).count();
        return new Matching(ordered.size(), predicted.size(), matches, speakerRight, markedGold, markedMatches,
                markedSpeakerRight, direct, directMatches);
    }

    /** The three speaker rules of metric A. */
    static boolean speakerRight(Gold gold, Quote predicted) {
        if (predicted.speaker() == null) {
            return gold.source().isEmpty();
        }
        Span span = predicted.speaker().span();
        for (Span source : gold.source()) {
            if (span.start() < source.end() && source.start() < span.end()) {
                return true;
            }
        }
        String surname = surname(predicted.speaker().name());
        if (surname == null) {
            return false;
        }
        for (Span source : gold.source()) {
            Matcher words = WORD.matcher(source.text());
            while (words.find()) {
                String word = stripPossessive(words.group());
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.equalsIgnoreCase(surname)
                        && !PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The last word of a canonical name that is not a generational suffix ("Brent Bozell III" → "Bozell",
     * "Martin Luther King Jr." → "King"), possessive removed; null when there is none or it is a pronoun.
     */
    static String surname(String name) {
        Matcher words = WORD.matcher(name);
        String last = null;
        while (words.find()) {
            if (last == null || !SUFFIXES.contains(words.group().toLowerCase(Locale.ROOT))) {
                last = words.group();
            }
        }
        if (last == null) {
            return null;
        }
        last = stripPossessive(last);
        return last.isEmpty() || PRONOUNS.contains(last.toLowerCase(Locale.ROOT)) ? null : last;
    }

    private static String stripPossessive(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("'s") || lower.endsWith("’s")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("'") || word.endsWith("’") ? word.substring(0, word.length() - 1) : word;
    }

    /** Metric B for one role of one document; null predicted spans (no speaker, no cue) are skipped. */
    static Exact exact(List<Span> gold, List<Span> predicted) {
        Set<Long> goldSet = trimmedSet(gold);
        Set<Long> predictedSet = trimmedSet(predicted);
        int tp = 0;
        for (Long p : predictedSet) {
            if (goldSet.contains(p)) {
                tp++;
            }
        }
        return new Exact(tp, goldSet.size(), predictedSet.size());
    }

    private static Set<Long> trimmedSet(List<Span> spans) {
        Set<Long> result = new HashSet<>();
        for (Span span : spans) {
            if (span == null) {
                continue;
            }
            int[] t = trim(span);
            if (t != null) {
                result.add(((long) t[0] << 32) | t[1]);
            }
        }
        return result;
    }

    /** {@code [start, end)} of the span after trimming; null when nothing is left. */
    static int[] trim(Span span) {
        String text = span.text();
        int a = 0;
        int b = text.length();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b > a && (text.charAt(b - 1) == ',' || text.charAt(b - 1) == '.')) {
            b--;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b > a ? new int[] {span.start() + a, span.start() + b} : null;
    }

    /** The pieces merged into disjoint sorted ranges. */
    private static List<int[]> union(List<Span> pieces) {
        List<Span> sorted = pieces.stream().sorted(Comparator.comparingInt(Span::start)).toList();
        List<int[]> result = new ArrayList<>();
        for (Span piece : sorted) {
            int[] last = result.isEmpty() ? null : result.get(result.size() - 1);
            if (last != null && piece.start() <= last[1]) {
                last[1] = Math.max(last[1], piece.end());
            } else if (piece.end() > piece.start()) {
                result.add(new int[] {piece.start(), piece.end()});
            }
        }
        return result;
    }

    /** The characters of {@code ranges} (disjoint) inside one of the {@code pieces} (disjoint). */
    private static int overlap(List<int[]> ranges, List<Span> pieces) {
        int total = 0;
        for (int[] r : ranges) {
            for (Span span : pieces) {
                total += Math.max(0, Math.min(r[1], span.end()) - Math.max(r[0], span.start()));
            }
        }
        return total;
    }

    private static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
