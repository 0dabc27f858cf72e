package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SegmentMetricTest {

    @Test
    void countsWithAndWithoutSegmentsAfterWhitespaceNormalisation() {
        String output = "Die GEMA dreht\n völlig am   Zeiger!\n\nMehr unter http://www.openpetition.de";
        SegmentMetric.Counts counts = SegmentMetric.score(output,
                Arrays.asList("Die GEMA dreht völlig am Zeiger!", "http://www.openpetition.de", "Fehlt", null),
                List.of("31. Mai", "Impressum", "Mehr\u00a0unter"));
        assertThat(counts).isEqualTo(new SegmentMetric.Counts(2, 1, 1, 2));
    }

    @Test
    void sumsMicroAndDerivesTheRatios() {
        SegmentMetric.Counts a = SegmentMetric.score("alpha beta", List.of("alpha", "gamma"), List.of("beta"));
        SegmentMetric.Counts b = SegmentMetric.score(null, List.of("delta"), List.of("epsilon"));
        SegmentMetric.Counts total = a.plus(b);
        // a: tp 1, fn 1, fp 1; b (no output): fn 1, tn 1
        assertThat(total).isEqualTo(new SegmentMetric.Counts(1, 1, 2, 1));
        assertThat(total.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(total.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(total.f1()).isCloseTo(0.4, within(1e-12));
        assertThat(total.accuracy()).isCloseTo(0.4, within(1e-12));
        assertThat(SegmentMetric.Counts.ZERO.f1()).isZero();
    }

    @Test
    void titleMatchesAfterWhitespaceNormalisation() {
        assertThat(SegmentMetric.titleMatches("Das  Ministerium informiert", " Das Ministerium\ninformiert ")).isTrue();
        assertThat(SegmentMetric.titleMatches("Das Ministerium", "das Ministerium")).isFalse();
        assertThat(SegmentMetric.titleMatches("Das Ministerium", null)).isFalse();
    }

    @Test
    void dateComparesTheLeadingDay() {
        assertThat(SegmentMetric.dateMatches("2012-05-31", "2012-05-31T08:00:00+02:00")).isTrue();
        assertThat(SegmentMetric.dateMatches("2012-05-31", "2012-05-31")).isTrue();
        assertThat(SegmentMetric.dateMatches("2012-05-31", "2012-06-01")).isFalse();
        assertThat(SegmentMetric.dateMatches("2012-05-31", "2012")).isFalse();
        assertThat(SegmentMetric.dateMatches("2012-05-31", null)).isFalse();
    }

    @Test
    void authorExactJoinsWithSemicolonAndLenientLooksForEveryName() {
        List<String> byline = List.of("Benjamin Fischer", "Marcus Theurer");
        assertThat(SegmentMetric.authorExact("Benjamin Fischer; Marcus Theurer", byline)).isTrue();
        assertThat(SegmentMetric.authorExact("Benjamin Fischer und Marcus Theurer", byline)).isFalse();
        assertThat(SegmentMetric.authorLenient("Benjamin Fischer und Marcus Theurer", byline)).isTrue();
        assertThat(SegmentMetric.authorLenient("benjamin fischer, Marcus Theurer", byline)).isTrue();
        assertThat(SegmentMetric.authorLenient("Benjamin Fischer and Anna Smith", byline)).isFalse();
        assertThat(SegmentMetric.authorLenient("Benjamin Fischer", List.of())).isFalse();
        assertThat(SegmentMetric.authorExact("Benjamin Fischer", List.of())).isFalse();
        assertThat(SegmentMetric.authorNames("A B and C D; E, F und G")).containsExactly("A B", "C D", "E", "F", "G");
    }
}
