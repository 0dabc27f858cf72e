package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** ROUGE-1.5.5's rules on small hand-checked cases (the full conformance run is {@link RougeConformanceTest}). */
class RougeTest {

    private static final RougeStemmer STEMMER = RougeStemmer.standard();

    @Test
    void tokensFollowRougesCleaning() {
        assertThat(RougeText.tokens("U.S. troops in Kabul's well-known caf\u00e9 -- 42", null))
                .containsExactly("u", "s", "troops", "in", "kabul", "s", "well", "known", "caf", "42");
        assertThat(RougeText.tokens("Governments were meeting", STEMMER))
                .containsExactly("govern", "be", "meet");
    }

    @Test
    void theLengthLimitCountsRawWordsAndCutsTheLastSentence() {
        assertThat(RougeText.truncate(List.of("one two three", "four five six", "seven"), 4))
                .containsExactly("one two three", "four");
        assertThat(RougeText.truncate(List.of("one two", "three four"), 4)).containsExactly("one two", "three four");
        assertThat(RougeText.truncate(List.of(" a b", "c"), 2)).containsExactly(" a");
        assertThat(RougeText.truncate(List.of("a  b"), 0)).containsExactly("a  b");
        assertThat(RougeText.perlSplit(" a  b ")).containsExactly("", "a", "b");
        assertThat(RougeText.perlSplit("   ")).isEmpty();
    }

    @Test
    void rougeNSumsOverReferencesAndRoundsBeforeF() {
        Rouge rouge = new Rouge(new RougeOptions(2, false, 0, 0.5, -1, false), STEMMER);
        Map<String, RougeScore> scores = rouge.score(List.of("the cat sat"),
                List.of(List.of("the cat sat on the mat"), List.of("a cat sat")));
        // ROUGE-1: hits 3 + 2 over 6 + 3 reference unigrams; P = 5 / (2 x 3)
        assertThat(scores.get("ROUGE-1")).isEqualTo(new RougeScore(0.55556, 0.83333, 0.66667));
        // ROUGE-2: hits 2 + 1 over 5 + 2; P = 3 / (2 x 2)
        assertThat(scores.get("ROUGE-2")).isEqualTo(new RougeScore(0.42857, 0.75, 0.54545));
        assertThat(scores.keySet()).containsExactly("ROUGE-1", "ROUGE-2");
    }

    @Test
    void skipBigramsCountUnigramsOfAllButTheLastToken() {
        Map<String, Integer> units = Rouge.skipGrams(List.of("a", "b", "c"), 4);
        assertThat(units).containsOnlyKeys("a", "b", "a b", "a c", "b c");
        assertThat(Rouge.skipGrams(List.of("a", "b", "c", "d"), 1)).containsOnlyKeys("a", "b", "c", "a b", "a c",
                "b c", "b d", "c d");
        assertThat(Rouge.skipGrams(List.of("a"), 4)).isEmpty();
    }

    @Test
    void rougeLTakesTheUnionOfLcsHitsWithinTheUnigramBudgets() {
        Rouge rouge = new Rouge(new RougeOptions(1, false, 0, 0.5, -1, true), STEMMER);
        RougeScore split = rouge.score(List.of("w x", "y z"), List.of(List.of("w x y z"))).get("ROUGE-L");
        assertThat(split).isEqualTo(new RougeScore(1, 1, 1));
        // "a a" in the peer can match only two of the reference's three a's
        RougeScore budget = rouge.score(List.of("a a", "a a"), List.of(List.of("a a a"))).get("ROUGE-L");
        assertThat(budget.recall()).isEqualTo(0.66667);
        assertThat(budget.precision()).isEqualTo(0.5);
    }

    @Test
    void emptySummariesScoreZero() {
        Rouge rouge = Rouge.of(RougeOptions.DUC);
        Map<String, RougeScore> scores = rouge.score(List.of(), List.of(List.of("Something happened.")));
        assertThat(scores.keySet()).containsExactlyElementsOf(RougeOptions.DUC.metrics());
        assertThat(scores.values()).allMatch(s -> s.equals(new RougeScore(0, 0, 0)));
    }

    @Test
    void theBootstrapIsRougesDrand48() {
        RougeAverage constant = RougeAverage.of(List.of(0.25, 0.25, 0.25));
        assertThat(constant).isEqualTo(new RougeAverage(0.25, 0.25, 0.25));
        RougeAverage spread = RougeAverage.of(List.of(0.0, 1.0));
        assertThat(spread.low()).isLessThan(spread.mean());
        assertThat(spread.high()).isGreaterThan(spread.mean());
        assertThat(RougeAverage.of(List.of(0.0, 1.0))).isEqualTo(spread);
    }

    @Test
    void optionsAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RougeOptions(0, true, 0, 0.5, -1, true))
                .withMessageContaining("maxN");
        assertThatIllegalArgumentException().isThrownBy(() -> new RougeOptions(2, true, -5, 0.5, -1, true))
                .withMessageContaining("lengthLimit");
        assertThatIllegalArgumentException().isThrownBy(() -> new RougeOptions(2, true, 0, 1.5, -1, true))
                .withMessageContaining("alpha");
        assertThat(RougeOptions.MULTI_NEWS.metrics()).containsExactly("ROUGE-1", "ROUGE-2", "ROUGE-SU4");
    }
}
