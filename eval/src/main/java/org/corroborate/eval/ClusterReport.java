package org.corroborate.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of one clustering run: the scores and how long it took.
 *
 * <p>Immutable and thread-safe; {@code set}, {@code scores} and {@code parts} are never null.
 *
 * @param set        what was clustered (e.g. {@code "uci headlines"}, {@code "multinews pooled"})
 * @param scores     pairwise and BCubed scores and cluster counts
 * @param annotateMs wall-clock time spent building the annotated articles (tokenizing or CoreNLP)
 * @param groupMs    wall-clock time spent inside {@code StoryGrouper.group}
 * @param parts      the scores of parts of the stream inside the same run (the fitting and held-out halves of a dev
 *                   set); empty when the stream is not split
 */
public record ClusterReport(String set, ClusterMetric.Scores scores, long annotateMs, long groupMs,
                            List<Part> parts) {

    /**
     * The scores of the articles of one part of the stream.
     *
     * @param name   the part, e.g. {@code "fitting half"}
     * @param scores its scores; never null
     */
    public record Part(String name, ClusterMetric.Scores scores) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scores, "scores");
        }
    }

    public ClusterReport {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(scores, "scores");
        parts = List.copyOf(parts);
    }

    /** A report of a stream that is not split. */
    public ClusterReport(String set, ClusterMetric.Scores scores, long annotateMs, long groupMs) {
        this(set, scores, annotateMs, groupMs, List.of());
    }

    /** A small text table of the figures; lines end in '\n'. */
    public String format() {
        ClusterMetric.Scores s = scores;
        StringBuilder out = new StringBuilder();
        row(out, "set", set);
        row(out, "documents", String.valueOf(s.documents()));
        row(out, "clusters", s.predictedClusters() + " predicted, " + s.goldClusters() + " gold");
        row(out, "pairwise", String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (TP %d of %d predicted, %d gold)",
                s.pairPrecision(), s.pairRecall(), s.pairF1(), s.truePairs(), s.predictedPairs(), s.goldPairs()));
        row(out, "BCubed", String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f", s.bcubedPrecision(),
                s.bcubedRecall(), s.bcubedF1()));
        for (Part part : parts) {
            ClusterMetric.Scores p = part.scores();
            out.append(part.name()).append(String.format(Locale.ROOT,
                    ": %d documents, %d gold clusters; pairwise P %.4f  R %.4f  F1 %.4f; BCubed P %.4f  R %.4f  F1 %.4f",
                    p.documents(), p.goldClusters(), p.pairPrecision(), p.pairRecall(), p.pairF1(),
                    p.bcubedPrecision(), p.bcubedRecall(), p.bcubedF1())).append('\n');
        }
        row(out, "time", String.format(Locale.ROOT, "%d ms annotating, %d ms grouping", annotateMs, groupMs));
        return out.toString();
    }

    /** The same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-10s %s", label, value)).append('\n');
    }
}
