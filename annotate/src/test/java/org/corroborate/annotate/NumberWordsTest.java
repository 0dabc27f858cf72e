package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

    private static List<String> words(String text) {
        return Arrays.asList(text.split(" "));
    }

    private static Double cardinal(String text) {
        NumberWords.Parsed p = NumberWords.cardinal(words(text), 0);
        return p == null ? null : p.value();
    }

    private static Double fraction(String text) {
        NumberWords.Parsed p = NumberWords.fraction(words(text), 0);
        return p == null ? null : p.value();
    }

    @Test
    void cardinals() {
        assertThat(cardinal("one")).isEqualTo(1.0);
        assertThat(cardinal("ninety-nine")).isEqualTo(99.0);
        assertThat(cardinal("twenty five")).isEqualTo(25.0);
        assertThat(cardinal("two hundred")).isEqualTo(200.0);
        assertThat(cardinal("one hundred and twenty")).isEqualTo(120.0);
        assertThat(cardinal("three hundred thousand")).isEqualTo(300000.0);
        assertThat(cardinal("two million five hundred thousand")).isEqualTo(2500000.0);
        assertThat(cardinal("a dozen")).isEqualTo(12.0);
        assertThat(cardinal("a million")).isEqualTo(1e6);
        assertThat(cardinal("two and a half hours")).isEqualTo(2.5);
        assertThat(NumberWords.cardinal(words("two and a half hours"), 0).next()).isEqualTo(4);
    }

    @Test
    void notCardinals() {
        assertThat(cardinal("eighth")).isNull();
        assertThat(cardinal("second")).isNull();
        assertThat(cardinal("hundred")).isNull();
        assertThat(cardinal("a week")).isNull();
    }

    @Test
    void fractions() {
        assertThat(fraction("a fifth of")).isEqualTo(0.2);
        assertThat(fraction("one-fifth")).isEqualTo(0.2);
        assertThat(fraction("a quarter")).isEqualTo(0.25);
        assertThat(fraction("two-thirds")).isEqualTo(2.0 / 3);
        assertThat(fraction("three quarters of")).isEqualTo(0.75);
        assertThat(fraction("half of")).isEqualTo(0.5);
    }

    @Test
    void ordinalsAreNotFractions() {
        assertThat(fraction("a fifth operation")).isNull();
        assertThat(fraction("a third country")).isNull();
        assertThat(fraction("half measures")).isNull();
    }
}
