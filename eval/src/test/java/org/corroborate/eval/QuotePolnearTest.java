package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.annotate.Annotators;
import org.corroborate.api.Annotator;
import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The standard annotator's quotes on PolNeAR dev (all 84 articles, 411k characters, verbatim texts), with the
 * figures measured when this test was written pinned as floors (measured − 0.005) so that a regression fails; raise
 * them when the annotator improves. Skipped without ../shared. Loads CoreNLP once for the class; takes about 70–130 s on 2 cores.
 */
class QuotePolnearTest {

    private static final Annotator ANNOTATOR = Annotators.coreNlp();
    private static final double SLACK = 0.005;

    @Test
    void polnearDevFiguresDoNotRegress() {
        QuoteReport report = QuoteEvaluation.polnear(SharedData.require("quotes-eval/polnear/polnear-dev.jsonl"),
                ANNOTATOR);
        System.out.print(report.format());
        QuoteMetric.Matching lenient = report.counts().lenient();
        QuoteMetric.Matching strict = report.counts().strict();
        assertThat(report.documents()).isEqualTo(84);
        assertThat(report.failures()).isEmpty();
        assertThat(lenient.gold()).isEqualTo(2192);
        floor(lenient.f1(), 0.771, "F1 > 0.3");
        floor(lenient.precision(), 0.853, "P > 0.3");
        floor(lenient.recall(), 0.705, "R > 0.3");
        floor(lenient.speakerAccuracy(), 0.905, "speaker accuracy > 0.3");
        floor(lenient.markedRecall(), 0.912, "quote-mark recall > 0.3");
        floor(lenient.markedSpeakerAccuracy(), 0.907, "quote-mark speaker accuracy > 0.3");
        floor(lenient.directPrecision(), 0.899, "direct precision > 0.3");
        floor(strict.f1(), 0.706, "F1 > 0.8");
        floor(strict.precision(), 0.779, "P > 0.8");
        floor(strict.recall(), 0.645, "R > 0.8");
        floor(strict.speakerAccuracy(), 0.928, "speaker accuracy > 0.8");
        floor(report.counts().source().f1(), 0.522, "exact source F1");
        floor(report.counts().cue().f1(), 0.590, "exact cue F1");
        floor(report.counts().content().f1(), 0.300, "exact content F1");
    }

    private static void floor(double actual, double measured, String what) {
        assertThat(actual).as(what).isGreaterThanOrEqualTo(measured - SLACK);
    }
}
