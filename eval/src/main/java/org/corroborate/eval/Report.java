package org.corroborate.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of one extraction benchmark run.
 *
 * <p>Immutable and thread-safe. {@code benchmark}, {@code failures} and {@code worst} are never null;
 * {@code segments} and {@code metadata} are null when the benchmark has no such figures (the Scrapinghub set has
 * neither).
 *
 * @param benchmark      the benchmark's name ({@code scrapinghub} or {@code trafilatura})
 * @param n              documents scored
 * @param errors         documents whose HTML was missing or whose extraction threw; each scored as empty output
 * @param precision      body-text precision under the benchmark's metric
 * @param recall         body-text recall
 * @param f1             body-text F1
 * @param accuracy       the benchmark's accuracy
 * @param segments       summed segment counts (trafilatura set only); nullable
 * @param metadata       metadata accuracy (trafilatura set only); nullable
 * @param elapsedMs      wall-clock time spent inside {@code Extractor.extract}, summed over documents (reading and
 *                       decoding the files is not counted)
 * @param pagesPerSecond {@code n} divided by {@code elapsedMs} in seconds; {@code 0} when no time was measured
 * @param failures       one line per error, {@code "<document>: <problem>"}, in document order
 * @param worst          up to ten of the lowest-scoring documents, worst first, one line each, for debugging
 */
public record Report(String benchmark, int n, int errors, double precision, double recall, double f1,
                     double accuracy, SegmentMetric.Counts segments, MetadataScores metadata, long elapsedMs,
                     double pagesPerSecond, List<String> failures, List<String> worst) {

    /** How many failures and worst documents {@link #format()} lists. */
    private static final int LISTED = 10;

    public Report {
        Objects.requireNonNull(benchmark, "benchmark");
        failures = List.copyOf(failures);
        worst = List.copyOf(worst);
    }

    /** A small text table of the figures, then up to ten failures and the worst documents; lines end in '\n'. */
    public String format() {
        StringBuilder out = new StringBuilder();
        row(out, "benchmark", benchmark);
        row(out, "documents", n + " (" + errors + (errors == 1 ? " error)" : " errors)"));
        row(out, "precision", num(precision));
        row(out, "recall", num(recall));
        row(out, "F1", num(f1));
        row(out, "accuracy", num(accuracy));
        if (segments != null) {
            row(out, "segments", String.format(Locale.ROOT, "TP %d  FP %d  FN %d  TN %d",
                    segments.tp(), segments.fp(), segments.fn(), segments.tn()));
        }
        if (metadata != null) {
            row(out, "title", tally(metadata.title()));
            row(out, "date", tally(metadata.date()));
            row(out, "author exact", tally(metadata.authorExact()));
            row(out, "author lenient", tally(metadata.authorLenient()));
        }
        row(out, "time", String.format(Locale.ROOT, "%d ms (%.1f pages/s)", elapsedMs, pagesPerSecond));
        list(out, "errors", failures);
        list(out, "lowest-scoring", worst);
        return out.toString();
    }

    /** The same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-16s %s", label, value)).append('\n');
    }

    private static void list(StringBuilder out, String heading, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.append(heading).append(lines.size() > LISTED ? " (first " + LISTED + " of " + lines.size() + ")" : "")
                .append(":\n");
        lines.stream().limit(LISTED).forEach(line -> out.append("  ").append(line).append('\n'));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String tally(MetadataScores.Tally t) {
        return String.format(Locale.ROOT, "%.4f (%d/%d)", t.rate(), t.correct(), t.total());
    }
}
