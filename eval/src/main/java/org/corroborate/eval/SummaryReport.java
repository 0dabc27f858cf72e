package org.corroborate.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of a summaries evaluation ({@link SummaryEvaluation}): ROUGE figures of the engine's briefs against
 * human summaries under one or more conventions.
 *
 * <p>Immutable and thread-safe; no field is null.
 *
 * @param dataset          the data set's name
 * @param clusters         clusters scored
 * @param documents        documents given to the engine
 * @param skipped          documents the engine skipped (each named in {@code problems})
 * @param emptySummaries   clusters for which the engine produced no summary (scored as empty)
 * @param meanSummaryWords mean length of the summaries in whitespace-separated words
 * @param figures          one line per convention, metric and statistic
 * @param elapsedMs        wall-clock time of the whole run, including loading the annotator
 * @param problems         the engine's problems, {@code "<source>: <severity>: <problem>"}, in cluster order
 */
public record SummaryReport(String dataset, int clusters, int documents, int skipped, int emptySummaries,
                            double meanSummaryWords, List<Figure> figures, long elapsedMs, List<String> problems) {

    private static final int LISTED = 10;

    public SummaryReport {
        Objects.requireNonNull(dataset, "dataset");
        figures = List.copyOf(figures);
        problems = List.copyOf(problems);
    }

    /**
     * One reported figure.
     *
     * @param convention the scoring convention, e.g. {@code multi-news F1 (-m, no limit)}
     * @param metric     the ROUGE metric, e.g. {@code ROUGE-1}
     * @param stat       {@code R}, {@code P} or {@code F}
     * @param average    ROUGE-1.5.5's bootstrap average and 95% interval over the clusters
     * @param plainMean  the plain mean of the per-cluster scores
     */
    public record Figure(String convention, String metric, char stat, RougeAverage average, double plainMean) {

        public Figure {
            Objects.requireNonNull(convention, "convention");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(average, "average");
        }
    }

    /** The figure for {@code convention}, {@code metric} and {@code stat}. */
    public Figure figure(String convention, String metric, char stat) {
        return figures.stream()
                .filter(f -> f.convention().equals(convention) && f.metric().equals(metric) && f.stat() == stat)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + convention + " " + metric + " " + stat));
    }

    /** A small text table; lines end in '\n'. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-18s %s%n", "dataset", dataset));
        out.append(String.format(Locale.ROOT, "%-18s %d (%d documents, %d skipped, %d empty summaries)%n",
                "clusters", clusters, documents, skipped, emptySummaries));
        out.append(String.format(Locale.ROOT, "%-18s %.1f words%n", "mean summary", meanSummaryWords));
        String convention = null;
        for (Figure f : figures) {
            if (!f.convention().equals(convention)) {
                convention = f.convention();
                out.append(convention).append(":\n");
            }
            out.append(String.format(Locale.ROOT, "  %-10s %c %.5f (95%%-conf.int. %.5f - %.5f)  plain mean %.5f%n",
                    f.metric(), f.stat(), f.average().mean(), f.average().low(), f.average().high(), f.plainMean()));
        }
        out.append(String.format(Locale.ROOT, "%-18s %.1f s%n", "time", elapsedMs / 1000.0));
        if (!problems.isEmpty()) {
            out.append("problems").append(problems.size() > LISTED ? " (first " + LISTED + " of " + problems.size()
                    + ")" : "").append(":\n");
            problems.stream().limit(LISTED).forEach(p -> out.append("  ").append(p).append('\n'));
        }
        return out.toString();
    }

    /** The same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }
}
