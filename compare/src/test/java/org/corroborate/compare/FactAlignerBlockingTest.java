package org.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.testkit.SyntheticStory;
import org.junit.jupiter.api.Test;

/** Blocking proposes the pairs that matter: the facts come out as from all pairs of sentences. */
class FactAlignerBlockingTest {

    private static List<List<String>> facts(List<AnnotatedArticle> articles, boolean blocked) {
        CompareOptions options = CompareOptions.defaults();
        FactAligner aligner = new FactAligner(options,
                new Numbers(options.exactTolerance(), options.approxTolerance()));
        return aligner.align(articles, blocked).stream()
                .map(group -> group.stream().map(c -> c.article().id() + "#" + c.sentence().index()).toList())
                .toList();
    }

    @Test
    void blockedAlignmentEqualsAllPairsOnTheFixtureStory() {
        List<AnnotatedArticle> articles = List.of(StandardComparerTest.a1(), StandardComparerTest.a2(),
                StandardComparerTest.a3(), StandardComparerTest.a4());
        List<List<String>> blocked = facts(articles, true);
        assertThat(blocked).isEqualTo(facts(articles, false));
        assertThat(blocked).anySatisfy(f -> assertThat(f).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void blockedAlignmentEqualsAllPairsOnAGeneratedStory() {
        List<AnnotatedArticle> articles = SyntheticStory.generate(40, 25, 7);
        List<List<String>> blocked = facts(articles, true);
        assertThat(blocked).isEqualTo(facts(articles, false));
        assertThat(blocked).anySatisfy(f -> assertThat(f).hasSizeGreaterThanOrEqualTo(10));
    }
}
