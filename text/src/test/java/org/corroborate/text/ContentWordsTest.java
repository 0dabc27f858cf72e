package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.corroborate.api.Token;
import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void contentWordsDropStopwordsNumbersAndFunctionTags() {
        assertThat(ContentWords.GENERAL.contentWord("Harbour")).isEqualTo("harbour");
        assertThat(ContentWords.GENERAL.contentWord("the")).isNull();
        assertThat(ContentWords.GENERAL.contentWord("2026")).isNull();
        assertThat(ContentWords.GENERAL.contentWord("Tuesday")).isEqualTo("tuesday");
        assertThat(ContentWords.NEWS.contentWord("Tuesday")).isNull();
        assertThat(ContentWords.GENERAL.contentLemma(new Token(0, 4, "fires", "fire", "NNS", "O"))).isEqualTo("fire");
        assertThat(ContentWords.GENERAL.contentLemma(new Token(0, 4, "into", "into", "IN", "O"))).isNull();
    }

    @Test
    void wordsStopAtTheLimit() {
        assertThat(ContentWords.words("The Ferry's crew -- 12 of them -- left.")).containsExactly("the", "ferry",
                "s", "crew", "12", "of", "them", "left");
        assertThat(ContentWords.words("The Ferry's crew -- 12 of them -- left.", 3)).containsExactly("the", "ferry",
                "s");
        assertThat(ContentWords.words("Two words", 5)).containsExactly("two", "words");
        assertThat(ContentWords.words("Two words", 0)).isEmpty();
    }

    @Test
    void numbersAndWords() {
        assertThat(ContentWords.isNumber(new Token(0, 5, "1,600", "1,600", "CD", "NUMBER"))).isTrue();
        assertThat(ContentWords.isNumber(new Token(0, 4, "F-16", "f-16", "NN", "O"))).isFalse();
        assertThat(ContentWords.words("Eighty firefighters—fought, at 6:40am!")).containsExactly("eighty",
                "firefighters", "fought", "at", "6", "40am");
    }

    @Test
    void sparseVectorsAreNormalisedAndCompared() {
        SparseVector a = SparseVector.of(Map.of(1, 3.0, 2, 4.0, 5, 0.0));
        SparseVector b = SparseVector.of(Map.of(2, 1.0));
        assertThat(a.size()).isEqualTo(2);
        assertThat(a.norm()).isEqualTo(5.0);
        assertThat(a.normalized().norm()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.cosine(b)).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(a.plus(b).dot(b)).isEqualTo(5.0);
        assertThat(SparseVector.EMPTY.cosine(a)).isZero();
    }
}
