package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyrightLineTest {

    @Test
    void anOutletNoticeGivesTheOutletWithoutYearsOrReservation() {
        CopyrightLine notice = CopyrightLine.parse("\u00a9 2025 The Daily Planet. All rights reserved.").orElseThrow();
        assertThat(notice.years()).isEqualTo("2025");
        assertThat(notice.dated()).isTrue();
        assertThat(notice.outlet()).contains("The Daily Planet");
        assertThat(CopyrightLine.parse("Copyright \u00a9 2019 - 2024, Harbour Media Group").orElseThrow().outlet())
                .contains("Harbour Media Group");
    }

    @Test
    void everyOpeningReadsTheSameHolder() {
        for (String line : new String[] {"\u00a9 Jane Doe", "(c) Jane Doe", "Copyright Jane Doe",
                "Copyright (c) Jane Doe", "\u00a9 Copyright Jane Doe", "Copyright by Jane Doe", "\u00a9 2012- Jane Doe",
                "\u00a9 2020, Jane Doe"}) {
            assertThat(CopyrightLine.parse(line)).as(line)
                    .hasValueSatisfying(notice -> assertThat(notice.name()).isEqualTo("Jane Doe"));
        }
    }

    @Test
    void theHolderKeepsItsCommasAndTheNameStopsAtTheFirstSeparator() {
        CopyrightLine notice = CopyrightLine.parse(
                "Copyright (c) 2012- Jane Doe, University of X. All rights reserved.").orElseThrow();
        assertThat(notice.years()).isEqualTo("2012-");
        assertThat(notice.holder()).isEqualTo("Jane Doe, University of X");
        assertThat(notice.name()).isEqualTo("Jane Doe");
        assertThat(CopyrightLine.parse("\u00a9 Jane Doe | Photography").orElseThrow().name()).isEqualTo("Jane Doe");
        assertThat(CopyrightLine.parse("\u00a9 Jane Doe - alle Rechte vorbehalten").orElseThrow().name())
                .isEqualTo("Jane Doe");
    }

    @Test
    void aHolderWithDigitsIsNoOutletAndOtherLinesAreNoNotices() {
        assertThat(CopyrightLine.parse("\u00a9 2020").orElseThrow().outlet()).isEmpty();
        assertThat(CopyrightLine.parse("\u00a9 Radio 4 Team").orElseThrow().outlet()).isEmpty();
        assertThat(CopyrightLine.parse("The copyright of this photo is disputed.")).isEmpty();
        assertThat(CopyrightLine.parse("\u00a9")).isEmpty();
    }
}
