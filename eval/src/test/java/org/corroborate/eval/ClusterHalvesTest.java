package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.Grouping;
import org.corroborate.api.Story;
import org.corroborate.api.StoryGrouper;
import org.junit.jupiter.api.Test;

/** The fitting and held-out halves of a dev stream: how they are drawn and how each is scored inside one run. */
class ClusterHalvesTest {

    @Test
    void theFittingHalfIsTheFirstHalfOfTheGoldClustersInTheGivenOrder() {
        List<String> gold = List.of("10", "2", "2", "3", "1", "10");
        assertThat(ClusterEvaluation.firstHalf(gold, java.util.Comparator.comparingInt(Integer::parseInt)))
                .containsExactlyInAnyOrder("1", "2");
        assertThat(ClusterEvaluation.firstHalf(gold, java.util.Comparator.naturalOrder()))
                .containsExactlyInAnyOrder("1", "10");
        assertThat(ClusterEvaluation.firstHalf(List.of("a"), java.util.Comparator.naturalOrder())).isEmpty();
    }

    @Test
    void eachHalfIsScoredOnItsOwnArticlesAndAStoryAcrossHalvesCountsOnlyItsPart() {
        // gold: a = {a1, a2}, b = {b1, b2}; predicted: {a1, a2, b1} and {b2}
        ClusterEvaluation.ClusterData data = new ClusterEvaluation.ClusterData("tiny",
                List.of(article("a1"), article("a2"), article("b1"), article("b2")), List.of("a", "a", "b", "b"),
                Set.of("a"));
        StoryGrouper grouper = articles -> new Grouping(List.of(
                new Story("s1", List.of("a1", "a2", "b1"), List.of(), List.of()),
                new Story("s2", List.of("b2"), List.of(), List.of())));

        ClusterReport report = ClusterEvaluation.run(data, grouper);

        assertThat(report.scores().pairPrecision()).isEqualTo(1.0 / 3);
        assertThat(report.parts()).extracting(ClusterReport.Part::name)
                .containsExactly("fitting half", "held-out half");
        ClusterMetric.Scores fitting = report.parts().get(0).scores();
        assertThat(fitting.documents()).isEqualTo(2);
        assertThat(fitting.pairF1()).isEqualTo(1.0);
        ClusterMetric.Scores heldOut = report.parts().get(1).scores();
        assertThat(heldOut.documents()).isEqualTo(2);
        assertThat(heldOut.pairRecall()).isZero();
        assertThat(heldOut.bcubedPrecision()).isEqualTo(1.0);
        assertThat(report.format()).contains("fitting half: 2 documents, 1 gold clusters")
                .contains("held-out half: 2 documents");
    }

    @Test
    void aStreamWithoutHalvesReportsNoParts() {
        ClusterEvaluation.ClusterData data = new ClusterEvaluation.ClusterData("tiny",
                List.of(article("a1"), article("a2")), List.of("a", "a"));
        StoryGrouper grouper = articles -> {
            List<String> ids = new ArrayList<>();
            for (AnnotatedArticle a : articles) {
                ids.add(a.id());
            }
            return new Grouping(List.of(new Story("s", ids, List.of(), List.of())));
        };

        ClusterReport report = ClusterEvaluation.run(data, grouper);

        assertThat(report.parts()).isEmpty();
        assertThat(report.format()).doesNotContain("half");
    }

    private static Article article(String id) {
        return new Article(id, id, null, null, "unknown: " + id, null, List.of(), null, null, "en",
                "Text of " + id + ".", List.of(), List.of());
    }
}
