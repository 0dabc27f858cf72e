package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.CopyEdge;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

class ConceptsTest {

    private static final AnnotatedArticle A = Fixtures.annotated(Fixtures.article("a", "Gazette",
            "Fire destroys harbour warehouse. Crews fought the blaze overnight.", null));
    private static final AnnotatedArticle B = Fixtures.annotated(Fixtures.article("b", "Times",
            "Fire destroys harbour warehouse in Westport. Police closed the road.", null));
    private static final AnnotatedArticle COPY = Fixtures.annotated(Fixtures.article("c", "Wire",
            "Crews fought the blaze overnight. Crews fought the blaze overnight.", null));

    private static Story story(List<AnnotatedArticle> articles, List<CopyEdge> copies) {
        return new Story("s", articles.stream().map(AnnotatedArticle::id).toList(), copies, List.of());
    }

    @Test
    void unigramsAndBigramsComeFromTheSentenceLemmas() {
        Concepts concepts = new Concepts(new StoryModel(story(List.of(A, B), List.of()), List.of(A, B)));
        Span second = A.sentences().get(1).span();
        assertThat(concepts.of(second)).contains("crews", "fought", "blaze", "overnight", "crews fought",
                "the blaze", "blaze overnight").doesNotContain("the");
        // a span that is not one of the story's sentences falls back to its words
        Span part = new Span("a", 0, 13, "Fire destroys");
        assertThat(concepts.of(part)).containsExactlyInAnyOrder("fire", "destroys", "fire destroys");
    }

    @Test
    void aConceptWeighsTheOriginalsThatCarryItMoreWhenItComesEarly() {
        Concepts concepts = new Concepts(new StoryModel(story(List.of(A, B), List.of()), List.of(A, B)));
        // two-sentence articles vote with 2/10 of a full article's weight
        double share = 2.0 / Concepts.FULL_ARTICLE_SENTENCES;
        assertThat(concepts.weight("harbour warehouse")).isCloseTo(
                Math.pow(2 * share * (1 + Concepts.EARLY), Concepts.CONSENSUS), within(1e-9));
        assertThat(concepts.weight("blaze")).isCloseTo(
                Math.pow(share * (1 + Concepts.EARLY / Math.sqrt(2)), Concepts.CONSENSUS), within(1e-9));
        assertThat(concepts.weight("police")).isEqualTo(concepts.weight("blaze"));
        assertThat(concepts.weight("volcano")).isZero();
    }

    @Test
    void copiesDoNotVoteAgain() {
        Concepts without = new Concepts(new StoryModel(story(List.of(A, B), List.of()), List.of(A, B)));
        Concepts with = new Concepts(new StoryModel(story(List.of(A, B, COPY), List.of(new CopyEdge("c", "a", 0.9))),
                List.of(A, B, COPY)));
        assertThat(with.weight("blaze")).isEqualTo(without.weight("blaze"));
        assertThat(with.weight("crews fought")).isEqualTo(without.weight("crews fought"));
    }

    @Test
    void longerArticlesVoteWithTheirFullWeight() {
        StringBuilder text = new StringBuilder("Fire destroys harbour warehouse.");
        for (int i = 0; i < 12; i++) {
            text.append(" Sentence number ").append(i).append(" adds detail.");
        }
        AnnotatedArticle full = Fixtures.annotated(Fixtures.article("f", "Post", text.toString(), null));
        Concepts concepts = new Concepts(new StoryModel(story(List.of(full, B), List.of()), List.of(full, B)));
        assertThat(concepts.weight("warehouse")).isCloseTo(
                Math.pow((1 + 0.2) * (1 + Concepts.EARLY), Concepts.CONSENSUS), within(1e-9));
    }

    @Test
    void aConceptBothArticlesCarryOutweighsManyThatOneCarries() {
        Concepts concepts = new Concepts(new StoryModel(story(List.of(A, B), List.of()), List.of(A, B)));
        // "warehouse" opens both articles; "crews", "fought" and "blaze" are in the second sentence of one only
        assertThat(concepts.weight("warehouse")).isGreaterThan(
                concepts.weight("crews") + concepts.weight("fought") + concepts.weight("blaze") * 10);
    }
}
