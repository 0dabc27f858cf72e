package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.corroborate.group.Groupers;
import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Pins the standard grouper's clustering scores on the two dev streams (naive tokens, no CoreNLP) so that a
 * regression fails the build; each figure may drop by at most 0.005. When the grouper improves, raise the pins.
 *
 * <p>Measured 2026-11-21 (Java 17, 2 shared cores):
 * <pre>
 * uci headlines (6,366, seed 13):  196 clusters (87 gold)  pair P 0.7037 R 0.7563 F1 0.7290
 *                                  BCubed P 0.7322 R 0.7501 F1 0.7410   ~0.8 s grouping
 * multinews pooled (690):          301 clusters (250 gold) pair P 0.5225 R 0.6284 F1 0.5706
 *                                  BCubed P 0.8680 R 0.7941 F1 0.8294   ~3 s grouping
 * </pre>
 * Before the group-average merge (centroid merge at 0.45): uci pair F1 0.6510, BCubed F1 0.6664, 576 clusters;
 * multinews pair F1 0.5612, BCubed F1 0.8248, 331 clusters.
 *
 * <p>Skips when {@code ../shared} is absent.
 */
class ClusterEvaluationTest {

    private static final double TOLERANCE = 0.005;

    @Test
    void uciHeadlineScoresDoNotRegress() {
        Path file = SharedData.require("clustering/uci_news_aggregator_prefix/" + ClusterEvaluation.UCI_FILE);
        ClusterEvaluation.ClusterData data = ClusterEvaluation.uciHeadlines(file);
        assertThat(data.articles()).hasSize(6366);
        assertThat(data.articles()).allMatch(a -> a.published() == null);
        ClusterReport report = ClusterEvaluation.run(data, Groupers.standard());
        ClusterMetric.Scores s = report.scores();
        assertThat(s.goldClusters()).isEqualTo(87);
        assertThat(s.goldPairs()).isEqualTo(397_104);
        assertThat(s.pairF1()).as(report.format()).isGreaterThanOrEqualTo(0.7290 - TOLERANCE);
        assertThat(s.bcubedF1()).as(report.format()).isGreaterThanOrEqualTo(0.7410 - TOLERANCE);
    }

    @Test
    void multiNewsPooledScoresDoNotRegress() {
        Path file = SharedData.require("mds/multinews_val250/" + ClusterEvaluation.MULTINEWS_FILE);
        ClusterReport report = ClusterEvaluation.run(ClusterEvaluation.multiNewsPooled(file), Groupers.standard());
        ClusterMetric.Scores s = report.scores();
        assertThat(s.documents()).isEqualTo(690);
        assertThat(s.goldClusters()).isEqualTo(250);
        assertThat(s.pairF1()).as(report.format()).isGreaterThanOrEqualTo(0.5706 - TOLERANCE);
        assertThat(s.bcubedF1()).as(report.format()).isGreaterThanOrEqualTo(0.8294 - TOLERANCE);
    }
}
