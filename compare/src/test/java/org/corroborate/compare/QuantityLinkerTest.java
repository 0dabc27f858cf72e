package org.corroborate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.FactStatus;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.ReportedValue;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.junit.jupiter.api.Test;

/** Quantities that measure the same thing are compared even when their sentences are different facts. */
class QuantityLinkerTest {

    private static StoryAnalysis analyse(String shareA, double valueA, String shareB, double valueB) {
        AnnotatedArticle a = Build.article("a", "One", "2031-05-02",
                "The rebels seized the northern valley in a spring offensive and now control " + shareA
                        + " of the territory.")
                .quantity(shareA, valueA, "ratio", true).done();
        AnnotatedArticle b = Build.article("b", "Two", "2031-05-02",
                "Negotiators said a ceasefire map would leave " + shareB + " of the province's territory to them.")
                .quantity(shareB, valueB, "ratio", true).done();
        return Comparers.standard().compare(new Story("s", List.of("a", "b"), List.of(), List.of()), List.of(a, b));
    }

    @Test
    void aFifthAndTwentyPercentOfTheTerritoryAgree() {
        StoryAnalysis analysis = analyse("about a fifth", 0.2, "about 20%", 0.2);
        assertThat(analysis.facts()).hasSize(2);
        assertThat(analysis.numbers()).hasSize(1);
        NumberComparison n = analysis.numbers().get(0);
        assertThat(n.agree()).isTrue();
        assertThat(n.values()).extracting(ReportedValue::outlet).containsExactly("One", "Two");
        assertThat(n.values()).extracting(v -> v.quantity().span().text()).containsExactly("about a fifth",
                "about 20%");
        assertThat(analysis.facts()).noneMatch(f -> f.status() == FactStatus.DISPUTED);
    }

    @Test
    void aFifthAndHalfOfTheTerritoryDisagreeAndBothFactsAreDisputed() {
        StoryAnalysis analysis = analyse("about a fifth", 0.2, "half", 0.5);
        assertThat(analysis.numbers()).hasSize(1);
        assertThat(analysis.numbers().get(0).agree()).isFalse();
        assertThat(analysis.facts()).allMatch(f -> f.status() == FactStatus.DISPUTED);
    }

    @Test
    void countsAreNotLinkedAcrossFacts() {
        assertThat(QuantityLinker.isMeasure("ratio")).isTrue();
        assertThat(QuantityLinker.isMeasure("USD")).isTrue();
        assertThat(QuantityLinker.isMeasure("people")).isFalse();
    }
}
