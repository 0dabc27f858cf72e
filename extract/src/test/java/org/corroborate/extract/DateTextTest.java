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

    @Test
    void theFirstDateInTheTextWinsWhateverWayItIsWritten() {
        assertThat(DateText.findDate("Trailer 19.10.2019 07:49 Uhr Am 22. Oktober 2019 erscheint die Edition"))
                .contains(LocalDate.of(2019, 10, 19));
        assertThat(DateText.findDate("Meeting of 3 March 2020, issue of 2020-04-07"))
                .contains(LocalDate.of(2020, 3, 3));
        assertThat(DateText.findDate("On 31.02.2020 and then on 5 May 2020")).contains(LocalDate.of(2020, 5, 5));
        assertThat(DateText.findDate("no date here, only 2020")).isEmpty();
    }

    @Test
    void aDateRightAfterAPublicationLabelIsThePublicationDate() {
        assertThat(DateText.findLabelledDate("Peter: 24. August 2019 ... Veröffentlicht am 16.08.2019 Dauer: 1 h"))
                .contains(LocalDate.of(2019, 8, 16));
        assertThat(DateText.findLabelledDate("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023 Lesungen: 61"))
                .contains(LocalDate.of(2023, 11, 1));
        assertThat(DateText.findLabelledDate("Posted on Tuesday, March 3, 2020 by Jane"))
                .contains(LocalDate.of(2020, 3, 3));
        assertThat(DateText.findLabelledDate("Updated 4 May 2022; published in the spring, on page 3 of 5 May 2022"))
                .isEmpty(); // the label is too far from the date
        assertThat(DateText.findLabelledDate("Aktualisiert: 30.12.2016")).isEmpty();
    }
}
