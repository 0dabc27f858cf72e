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
 * <p>Measured 2026-11-21 (Java 17, 2 shared cores), TF-IDF + lead embeddings (all-MiniLM-L6-v2 quantised) with the
 * join model fitted on the UCI file only (Multi-News held out; see {@code GroupOptions}):
 * <pre>
 * uci headlines (6,366, seed 13):  208 clusters (87 gold)  pair P 0.7354 R 0.8479 F1 0.7876
 *                                  BCubed P 0.7897 R 0.8280 F1 0.8084   ~70 s grouping (embeddings ~11 ms/title)
 * multinews pooled (690):          304 clusters (250 gold) pair P 0.5926 R 0.6400 F1 0.6154
 *                                  BCubed P 0.8887 R 0.8015 F1 0.8428   ~13 s grouping (+ ~1 s model load)
 * </pre>
 * TF-IDF only (the former grouper): uci 196 clusters, pair F1 0.7290, BCubed F1 0.7410; multinews 301 clusters, pair
 * F1 0.5706, BCubed F1 0.8294. Before the group-average merge (centroid merge at 0.45): uci pair F1 0.6510, BCubed
 * F1 0.6664, 576 clusters; multinews pair F1 0.5612, BCubed F1 0.8248, 331 clusters.
 *
 * <p>Re-measured 2026-11-22 after the candidate index and copy-embedding reuse: unchanged (uci 208 clusters, pair F1
 * 0.7876, BCubed F1 0.8084; multinews 304, 0.6154, 0.8428). With {@code CandidateSearch.INDEX}: multinews identical;
 * uci 207 clusters, pair F1 0.7874, BCubed F1 0.8082.
 *
 * <p>Re-measured 2026-11-22 with phrase features and IDF squared, the full-text merge at 0.06 and the headline merge
 * intercept at -1.0 (chosen on the fitting halves, see {@code GroupOptions}):
 * <pre>
 * uci headlines (6,366, seed 13):  202 clusters (87 gold)  pair P 0.7426 R 0.8626 F1 0.7981
 *                                  BCubed P 0.8120 R 0.8532 F1 0.8321
 *   held-out half (stories of the second half of sorted ids, 2,844 titles): pair F1 0.8661 -> 0.8786
 * multinews pooled (690):          292 clusters (250 gold) pair P 0.5115 R 0.6606 F1 0.5766
 *                                  BCubed P 0.8928 R 0.8227 F1 0.8563
 *   held-out half (stories 125-249, 328 documents): BCubed F1 0.8789 -> 0.8905, pair F1 0.7595 -> 0.7622
 * </pre>
 * The Multi-News pairwise floor went down (0.6154 to 0.5766, pinned at the new figure): the whole drop is the 33
 * scrape-boilerplate documents whose text is identical across gold stories (see README): two Internet Archive crawl
 * notices, copied 14 and 10 times, now share one story, and pairwise F1 counts pairs, so those two copy groups weigh
 * as much as dozens of real stories. Leaving those 33 documents out of the scoring, pairwise F1 rises from 0.7481 to
 * 0.7787 and BCubed F1 from 0.8866 to 0.9008. BCubed F1 is the target figure for this set.
 *
 * <p>Re-measured 2026-11-22 with site notices kept alone ({@code SiteNotice}: 44 of the 690 Multi-News documents) and the
 * full-text merge at 0.05 (chosen on the Multi-News fitting half):
 * <pre>
 * multinews pooled (690):          315 clusters (250 gold) pair P 0.7768 R 0.6735 F1 0.7215
 *                                  BCubed P 0.9205 R 0.8283 F1 0.8720   (the same with CandidateSearch.INDEX)
 *   fitting half (stories 0-124, 362 documents): BCubed F1 0.8577 -> 0.8800, pair F1 0.5813 -> 0.7545
 *   held-out half (stories 125-249, 328 documents): BCubed F1 0.8905 -> 0.9039, pair F1 0.7622 -> 0.7955
 * uci headlines:                   unchanged (no notices; headline merges do not use the full-text threshold)
 * </pre>
 *
 * <p>The fitting and held-out halves ({@link ClusterEvaluation.ClusterData#fitting()}) are pinned as well, from the
 * same runs: uci pair F1 0.8876 (fitting, 43 stories, 3,522 titles) and 0.8786 (held out, 44 stories, 2,844 titles);
 * multinews BCubed F1 0.8800 (fitting, stories 0-124, 362 documents) and 0.9039 (held out, 328 documents).
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
        assertThat(s.pairF1()).as(report.format()).isGreaterThanOrEqualTo(0.7981 - TOLERANCE);
        assertThat(s.bcubedF1()).as(report.format()).isGreaterThanOrEqualTo(0.8321 - TOLERANCE);
        assertThat(report.parts()).hasSize(2);
        ClusterMetric.Scores fitting = report.parts().get(0).scores();
        ClusterMetric.Scores heldOut = report.parts().get(1).scores();
        assertThat(fitting.documents()).isEqualTo(3522);
        assertThat(fitting.goldClusters()).isEqualTo(43);
        assertThat(heldOut.documents()).isEqualTo(2844);
        assertThat(fitting.pairF1()).as(report.format()).isGreaterThanOrEqualTo(0.8876 - TOLERANCE);
        assertThat(heldOut.pairF1()).as(report.format()).isGreaterThanOrEqualTo(0.8786 - TOLERANCE);
    }

    @Test
    void multiNewsPooledScoresDoNotRegress() {
        Path file = SharedData.require("mds/multinews_val250/" + ClusterEvaluation.MULTINEWS_FILE);
        ClusterReport report = ClusterEvaluation.run(ClusterEvaluation.multiNewsPooled(file), Groupers.standard());
        ClusterMetric.Scores s = report.scores();
        assertThat(s.documents()).isEqualTo(690);
        assertThat(s.goldClusters()).isEqualTo(250);
        assertThat(s.pairF1()).as(report.format()).isGreaterThanOrEqualTo(0.7215 - TOLERANCE);
        assertThat(s.bcubedF1()).as(report.format()).isGreaterThanOrEqualTo(0.8720 - TOLERANCE);
        assertThat(report.parts()).hasSize(2);
        ClusterMetric.Scores fitting = report.parts().get(0).scores();
        ClusterMetric.Scores heldOut = report.parts().get(1).scores();
        assertThat(fitting.documents()).isEqualTo(362);
        assertThat(fitting.goldClusters()).isEqualTo(125);
        assertThat(heldOut.documents()).isEqualTo(328);
        assertThat(fitting.bcubedF1()).as(report.format()).isGreaterThanOrEqualTo(0.8800 - TOLERANCE);
        assertThat(heldOut.bcubedF1()).as(report.format()).isGreaterThanOrEqualTo(0.9039 - TOLERANCE);
    }

    /**
     * Candidates from the Lucene index instead of every story: measured identical on 2026-11-22 (304 clusters; with
     * phrases and IDF squared 292 clusters, pair F1 0.5766, BCubed F1 0.8563, again identical; with site notices
     * alone 315 clusters, pair F1 0.7215, BCubed F1 0.8720, identical).
     */
    @Test
    void multiNewsPooledWithTheCandidateIndexDoesNotRegress() {
        Path file = SharedData.require("mds/multinews_val250/" + ClusterEvaluation.MULTINEWS_FILE);
        ClusterReport report = ClusterEvaluation.run(ClusterEvaluation.multiNewsPooled(file),
                Groupers.standard(Groupers.CandidateSearch.INDEX));
        ClusterMetric.Scores s = report.scores();
        assertThat(s.pairF1()).as(report.format()).isGreaterThanOrEqualTo(0.7215 - TOLERANCE);
        assertThat(s.bcubedF1()).as(report.format()).isGreaterThanOrEqualTo(0.8720 - TOLERANCE);
    }
}
