package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every formula checked against hand-computed values on tiny clusterings. */
class ClusterMetricTest {

    private static final double EPS = 1e-9;

    @Test
    void mixedCase() {
        // contingency: (a,1)=2, (a,2)=1, (b,2)=2
        ClusterMetric.Scores s = ClusterMetric.score(List.of("a", "a", "a", "b", "b"), List.of(1, 1, 2, 2, 2));
        // TP = C(2,2)+C(1,2)+C(2,2) = 2; predicted pairs C(2,2)+C(3,2) = 4; gold pairs C(3,2)+C(2,2) = 4
        assertThat(s.truePairs()).isEqualTo(2);
        assertThat(s.predictedPairs()).isEqualTo(4);
        assertThat(s.goldPairs()).isEqualTo(4);
        assertThat(s.pairPrecision()).isCloseTo(0.5, within(EPS));
        assertThat(s.pairRecall()).isCloseTo(0.5, within(EPS));
        assertThat(s.pairF1()).isCloseTo(0.5, within(EPS));
        // BCubed P per document: 2/2, 2/2, 1/3, 2/3, 2/3 -> 11/15; R: 2/3, 2/3, 1/3, 2/2, 2/2 -> 11/15
        assertThat(s.bcubedPrecision()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(s.bcubedRecall()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(s.bcubedF1()).isCloseTo(11.0 / 15, within(EPS));
        assertThat(s.documents()).isEqualTo(5);
        assertThat(s.goldClusters()).isEqualTo(2);
        assertThat(s.predictedClusters()).isEqualTo(2);
    }

    @Test
    void allSingletonsPredicted() {
        ClusterMetric.Scores s = ClusterMetric.score(List.of("a", "a", "b"), List.of("x", "y", "z"));
        // no predicted pair: P = 1 by convention, R = 0/1 = 0, F1 = 0
        assertThat(s.pairPrecision()).isEqualTo(1.0);
        assertThat(s.pairRecall()).isEqualTo(0.0);
        assertThat(s.pairF1()).isEqualTo(0.0);
        // BCubed P = 1; R = (1/2 + 1/2 + 1/1) / 3 = 2/3; F1 = 2 * 1 * 2/3 / (5/3) = 0.8
        assertThat(s.bcubedPrecision()).isCloseTo(1.0, within(EPS));
        assertThat(s.bcubedRecall()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(s.bcubedF1()).isCloseTo(0.8, within(EPS));
        assertThat(s.predictedClusters()).isEqualTo(3);
    }

    @Test
    void oneBigPredictedCluster() {
        ClusterMetric.Scores s = ClusterMetric.score(List.of("a", "a", "b", "b"), List.of(0, 0, 0, 0));
        // TP = 1 + 1 = 2 of C(4,2) = 6 predicted, 2 gold: P 1/3, R 1, F1 0.5
        assertThat(s.pairPrecision()).isCloseTo(1.0 / 3, within(EPS));
        assertThat(s.pairRecall()).isCloseTo(1.0, within(EPS));
        assertThat(s.pairF1()).isCloseTo(0.5, within(EPS));
        // BCubed: every document 2/4 precision, 2/2 recall: F1 = 2 * 0.5 / 1.5
        assertThat(s.bcubedPrecision()).isCloseTo(0.5, within(EPS));
        assertThat(s.bcubedRecall()).isCloseTo(1.0, within(EPS));
        assertThat(s.bcubedF1()).isCloseTo(2.0 / 3, within(EPS));
    }

    @Test
    void perfectAndRelabelled() {
        ClusterMetric.Scores s = ClusterMetric.score(List.of("a", "b", "a", "c"), List.of("q", "r", "q", "s"));
        assertThat(s.pairF1()).isEqualTo(1.0);
        assertThat(s.bcubedF1()).isCloseTo(1.0, within(EPS));
    }

    @Test
    void byIdAndMismatches() {
        ClusterMetric.Scores s = ClusterMetric.score(Map.of("d1", "a", "d2", "a", "d3", "b"),
                Map.of("d3", "y", "d1", "x", "d2", "x"));
        assertThat(s.pairF1()).isEqualTo(1.0);
        assertThatThrownBy(() -> ClusterMetric.score(Map.of("d1", "a"), Map.of("d2", "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("d1");
        assertThatThrownBy(() -> ClusterMetric.score(List.of("a"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        ClusterMetric.Scores empty = ClusterMetric.score(List.of(), List.of());
        assertThat(empty.documents()).isZero();
        assertThat(empty.pairF1()).isEqualTo(1.0);
    }

    @Test
    void cheapTokensSplitSentencesAndWords() {
        org.corroborate.api.Article a = new org.corroborate.api.Article("x", "x", null, null, "o", null, List.of(),
                null, null, null, "Fed's Plosser speaks. Markets rise!\n\nNext day", List.of(), List.of());
        org.corroborate.api.AnnotatedArticle annotated = ClusterEvaluation.tokenizeOnly().annotate(a);
        assertThat(annotated.sentences()).extracting(org.corroborate.api.Sentence::text)
                .containsExactly("Fed's Plosser speaks.", "Markets rise!", "Next day");
        assertThat(annotated.sentences().get(0).tokens()).extracting(org.corroborate.api.Token::lemma)
                .containsExactly("fed", "s", "plosser", "speaks");
    }
}
