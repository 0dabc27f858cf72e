package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The publication date chosen among disagreeing sources. */
class DateAgreementTest {

    private static String choose(List<String> trusted, List<String> votes, String... modified) {
        return DateAgreement.choose(trusted, votes, Arrays.asList(modified));
    }

    @Test
    void theFirstSourceWinsWhenNothingDisagrees() {
        assertThat(choose(Arrays.asList(null, "2022-01-21T10:00:00+01:00", "2022-01-21"), Arrays.asList(null,
                "2022-01-21"))).isEqualTo("2022-01-21T10:00:00+01:00");
        assertThat(choose(Arrays.asList(null, null), Arrays.asList("2022-01-21", null))).isNull();
    }

    @Test
    void aUtcTimestampNearMidnightTakesTheLocalDayOfTheSameInstant() {
        assertThat(choose(List.of("2023-11-09T05:30:59Z", "2023-11-08T23:30:59-06:00"), List.of()))
                .isEqualTo("2023-11-08T23:30:59-06:00");
        assertThat(choose(List.of("2023-11-09T05:30:59Z", "2023-11-08T23:30:59"), List.of()))
                .isEqualTo("2023-11-08T23:30:59"); // a local clock six whole hours behind
        assertThat(choose(List.of("2019-10-18T22:04:00Z", "2019-10-19"), List.of()))
                .isEqualTo("2019-10-19");
    }

    @Test
    void aUtcTimestampOnTheHourLateInTheEveningIsALocalMidnightEastOfUtc() {
        assertThat(choose(List.of("2021-11-04T23:00Z"), List.of())).isEqualTo("2021-11-05T00:00:00+01:00");
        assertThat(choose(List.of("2022-11-06T22:00:00.000Z"), List.of())).isEqualTo("2022-11-07T00:00:00+02:00");
        assertThat(choose(List.of("2022-11-06T23:00:00.000Z"), List.of("2022-11-06")))
                .isEqualTo("2022-11-06T23:00:00.000Z"); // the page shows the UTC day
        assertThat(choose(List.of("2022-11-06T23:00:17Z"), List.of())).isEqualTo("2022-11-06T23:00:17Z");
        assertThat(choose(List.of("2017-07-27T15:00:00Z"), List.of())).isEqualTo("2017-07-27T15:00:00Z");
        assertThat(choose(List.of("2019-10-19T03:00:00.000Z"), List.of())).isEqualTo("2019-10-19T03:00:00.000Z");
    }

    @Test
    void aBareNeighbouringDateCountsOnlyCloseToMidnightAndWithoutLocalSupportForTheUtcDay() {
        assertThat(choose(List.of("2021-11-04T23:00Z"), Arrays.asList(null, "2021-11-05")))
                .isEqualTo("2021-11-05");
        assertThat(choose(List.of("2022-02-08T18:05:43+00:00"), Arrays.asList(null, "2022-02-09")))
                .isEqualTo("2022-02-08T18:05:43+00:00"); // evening in Europe: the same day
        assertThat(choose(List.of("2022-05-03T20:51:06Z"), List.of("2022-05-03", "2022-05-04")))
                .isEqualTo("2022-05-03T20:51:06Z"); // the URL's local date agrees with the UTC day
        assertThat(choose(List.of("2023-11-09T05:30:59Z", "2023-11-08T21:00:00-06:00"), List.of()))
                .isEqualTo("2023-11-09T05:30:59Z"); // another instant, not a rewriting of the same one
    }

    @Test
    void twoAgreeingSourcesOutvoteTheFirst() {
        assertThat(choose(Arrays.asList("2021-12-20T11:02:44+01:00", "2022-01-27T09:00:00+01:00", "2022-01-27"),
                Arrays.asList(null, "2022-01-27"))).isEqualTo("2022-01-27T09:00:00+01:00");
        assertThat(choose(Arrays.asList("2009-04-11T18:06:36"), List.of("2019-10-22", "2019-10-22")))
                .isEqualTo("2019-10-22");
        assertThat(choose(Arrays.asList("2022-01-04T07:29:00Z", "2022-01-06T08:29:34"), List.of("2022-01-04")))
                .isEqualTo("2022-01-04T07:29:00Z"); // no majority
    }

    @Test
    void theModifiedDateDoesNotVote() {
        assertThat(choose(Arrays.asList("2020-04-03T10:35:41Z", null, "2020-04-11T08:27:52Z"),
                Arrays.asList(null, "2020-04-11"), "2020-04-11T08:27:52Z")).isEqualTo("2020-04-03T10:35:41Z");
    }
}
