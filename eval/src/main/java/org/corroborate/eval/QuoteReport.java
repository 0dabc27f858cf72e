package org.corroborate.eval;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of one quote-extraction evaluation run (see {@link QuoteEvaluation} and {@link QuoteMetric}).
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param corpus    the gold set's name ({@code polnear-dev}, {@code german-wikinews-dev})
 * @param documents documents scored
 * @param chars     characters annotated, summed over documents
 * @param counts    both metrics, summed over documents
 * @param elapsedMs wall-clock time spent inside {@code Annotator.annotate}, summed over documents
 * @param failures  one line per document whose annotation threw ({@code "<id>: <problem>"}); such a document is scored
 *                  with no predictions
 */
public record QuoteReport(String corpus, int documents, long chars, QuoteMetric.Counts counts, long elapsedMs,
                          List<String> failures) {

    public QuoteReport {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(counts, "counts");
        failures = List.copyOf(failures);
    }

    /** A small text table of every figure, then the failures; lines end in '\n'. */
    public String format() {
        StringBuilder out = new StringBuilder();
        QuoteMetric.Matching lenient = counts.lenient();
        QuoteMetric.Matching strict = counts.strict();
        row(out, "corpus", corpus);
        row(out, "documents", documents + " (" + chars + " chars, " + failures.size() + " failed)");
        row(out, "gold quotes", lenient.gold() + " (" + lenient.markedGold() + " with quote marks)");
        row(out, "predicted", lenient.predicted() + " (" + lenient.direct() + " direct)");
        matching(out, "quote > 0.3", lenient);
        matching(out, "quote > 0.8", strict);
        exact(out, "exact source", counts.source());
        exact(out, "exact cue", counts.cue());
        exact(out, "exact content", counts.content());
        double seconds = elapsedMs / 1000.0;
        row(out, "time", String.format(Locale.ROOT, "%d ms (%.0f chars/s)", elapsedMs,
                seconds > 0 ? chars / seconds : 0));
        failures.stream().limit(10).forEach(f -> out.append("  failed: ").append(f).append('\n'));
        return out.toString();
    }

    /** The same as {@link #format()}. */
    @Override
    public String toString() {
        return format();
    }

    private static void matching(StringBuilder out, String label, QuoteMetric.Matching m) {
        row(out, label, String.format(Locale.ROOT,
                "F1 %.3f  P %.3f  R %.3f  speaker %.3f | quote marks: R %.3f speaker %.3f | direct P %.3f",
                m.f1(), m.precision(), m.recall(), m.speakerAccuracy(), m.markedRecall(), m.markedSpeakerAccuracy(),
                m.directPrecision()));
    }

    private static void exact(StringBuilder out, String label, QuoteMetric.Exact e) {
        row(out, label, String.format(Locale.ROOT, "F1 %.3f  P %.3f  R %.3f  (TP %d, gold %d, predicted %d)",
                e.f1(), e.precision(), e.recall(), e.tp(), e.gold(), e.predicted()));
    }

    private static void row(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-14s %s", label, value)).append('\n');
    }
}
