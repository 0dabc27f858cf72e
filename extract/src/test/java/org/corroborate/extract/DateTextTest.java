package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Dates read from URLs and date elements. */
class DateTextTest {

    @Test
    void aUrlDatesThePageYearFirstOrDayFirst() {
        assertThat(DateText.fromUrl("https://news.example/2025/10/16/council-meets/"))
                .contains(LocalDate.of(2025, 10, 16));
        assertThat(DateText.fromUrl("https://town.example/press/releases/29-10-2021"))
                .contains(LocalDate.of(2021, 10, 29));
        assertThat(DateText.fromUrl("https://town.example/press/detail/~02-01-2022-council-pays-grants"))
                .contains(LocalDate.of(2022, 1, 2));
        assertThat(DateText.fromUrl("https://town.example/shop/item-29-10-2021x")).isEmpty();
        assertThat(DateText.fromUrl("https://town.example/press/31-02-2021")).isEmpty();
    }

    @Test
    void aDateElementMayWriteTheDateWithSlashesOrThinSpaces() {
        assertThat(DateText.findDateInDateElement("Published 02/10/2020, 09:14")).contains(LocalDate.of(2020, 10, 2));
        assertThat(DateText.findDateInDateElement("17/02/2022")).contains(LocalDate.of(2022, 2, 17));
        assertThat(DateText.findDateInDateElement("10/31/2023 at 9 pm")).contains(LocalDate.of(2023, 10, 31));
        assertThat(DateText.findDateInDateElement("by the club 4.\u20092.\u20092022."))
                .contains(LocalDate.of(2022, 2, 4));
        assertThat(DateText.findDateInDateElement("page 1/2/3")).isEmpty();
    }

    @Test
    void aYearRunningIntoATimeIsNotAYear() {
        assertThat(DateText.findDate("Posted 28.09.1912:44 by Jane")).isEmpty();
        assertThat(DateText.findDate("Posted 28.09.2019 12:44 by Jane")).contains(LocalDate.of(2019, 9, 28));
    }

    @Test
    void anRfc1123DateKeepsItsTimeAndZone() {
        assertThat(DateText.iso("Wed, 04 May 2022 00:25:56 GMT")).isEqualTo("2022-05-04T00:25:56Z");
        assertThat(DateText.iso("Sat, 19 Oct 2019 00:04:00 +0200")).isEqualTo("2019-10-19T00:04+02:00");
        assertThat(DateText.iso("19 October 2019")).isEqualTo("2019-10-19");
    }
}
