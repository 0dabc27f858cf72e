package org.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.Quantity;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.junit.jupiter.api.Test;

class NumbersAndQuotesTest {

    private final Numbers numbers = new Numbers(0.05, 0.25);

    private static Quantity q(double value, String unit, boolean approx) {
        return new Quantity(new Span("x", 0, 1, "x"), value, unit, approx);
    }

    @Test
    void hedgedDurationsAgreeExactCountsDoNot() {
        assertThat(numbers.compatible(q(7200, "s", true), q(9000, "s", true))).isTrue();
        assertThat(numbers.compatible(q(12, "people", false), q(15, "people", false))).isFalse();
        assertThat(numbers.compatible(q(3_200_000, "USD", false), q(3_215_000, "USD", false))).isTrue();
        assertThat(numbers.compatible(q(0, "count", false), q(0, "count", false))).isTrue();
    }

    @Test
    void anArticleReportingLessIsNoConflict() {
        assertThat(numbers.relate(List.of(q(12, "people", false), q(30, "people", false)),
                List.of(q(12, "people", false)))).isEqualTo(Numbers.Relation.AGREE);
        assertThat(numbers.relate(List.of(q(12, "people", false), q(30, "people", false)),
                List.of(q(15, "people", false), q(30, "people", false)))).isEqualTo(Numbers.Relation.DISAGREE);
        assertThat(numbers.relate(List.of(q(12, "people", false)), List.of(q(12, "houses", false))))
                .isEqualTo(Numbers.Relation.NONE);
    }

    private static StoryAnalysis boats(double left, double right) {
        AnnotatedArticle a = Build.article("a", "One", "2031-01-01",
                "Rescue boats carried 40 people from the flooded school to the church shelter.")
                .quantity("40 people", left, "people", false).done();
        AnnotatedArticle b = Build.article("b", "Two", "2031-01-01",
                "Rescue boats carried 25 people from the flooded market to the town hall.")
                .quantity("25 people", right, "people", false).done();
        return Comparers.standard().compare(new Story("s", List.of("a", "b"), List.of(), List.of()), List.of(a, b));
    }

    @Test
    void paraphraseWithOtherNumberAndLowSimilarityStaysApart() {
        // cosine of the two sentences is about 0.46: above the align threshold, below the disputed one
        assertThat(boats(40, 40).facts()).hasSize(1).first().extracting(Fact::status)
                .isEqualTo(FactStatus.CORROBORATED);
        StoryAnalysis apart = boats(40, 25);
        assertThat(apart.facts()).hasSize(2).allSatisfy(f -> assertThat(f.status())
                .isEqualTo(FactStatus.SINGLE_SOURCE));
        assertThat(apart.numbers()).isEmpty();
    }

    @Test
    void quotesNeedTheSameSpeakerUnlessNearIdentical() {
        AnnotatedArticle a = Build.article("a", "One", null,
                "Anna Brill said \"the water came faster than anyone expected\". "
                + "A resident said \"we lost everything we had in the house\".")
                .quote("the water came faster than anyone expected", "Anna Brill", "person:anna-brill",
                        "Anna Brill")
                .quote("we lost everything we had in the house", "A resident", null, "A resident").done();
        AnnotatedArticle b = Build.article("b", "Two", null,
                "Jon Tarr said \"the water came faster than we planned for\". "
                + "\"We lost everything we had in the house,\" one neighbour said.")
                .quote("the water came faster than we planned for", "Jon Tarr", "person:jon-tarr", "Jon Tarr")
                .quote("We lost everything we had in the house,", null, null, null).done();
        StoryAnalysis analysis = Comparers.standard().compare(new Story("s", List.of("a", "b"), List.of(),
                List.of()), List.of(a, b));
        assertThat(analysis.quoteGroups()).hasSize(3);
        QuoteGroup lost = analysis.quoteGroups().get(0);
        assertThat(lost.id()).isEqualTo("q1");
        assertThat(lost.renderings()).hasSize(2);
        assertThat(lost.wordingDiffers()).isFalse();
        assertThat(lost.speaker()).isEqualTo("A resident");
        assertThat(lost.speakerEntityId()).isNull();
        assertThat(analysis.quoteGroups().subList(1, 3)).extracting(QuoteGroup::speakerEntityId)
                .containsExactly("person:anna-brill", "person:jon-tarr");
    }
}
