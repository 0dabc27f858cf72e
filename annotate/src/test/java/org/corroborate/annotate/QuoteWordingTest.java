package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.junit.jupiter.api.Test;

/** {@link Quote#wording()}: the content trimmed for readers, with offsets that still index the article. */
class QuoteWordingTest {

    private static Quote quote(String text, String content) {
        int start = text.indexOf(content);
        return new Quote(Span.of("a", text, start, start + content.length()), null, null, false);
    }

    @Test
    void aLeadingThatIsDroppedAndOffsetsStillIndexTheText() {
        String text = "Ushakov said that Russia had the upper hand.";
        Span wording = quote(text, "that Russia had the upper hand").wording();
        assertThat(wording.text()).isEqualTo("Russia had the upper hand");
        assertThat(wording.matches(text)).isTrue();
    }

    @Test
    void enclosingMarksAndATrailingCommaAreDropped() {
        String text = "He said that “we will win,” and left.";
        Span wording = quote(text, "that “we will win,”").wording();
        assertThat(wording.text()).isEqualTo("we will win");
        assertThat(wording.matches(text)).isTrue();
    }

    @Test
    void marksAroundOnlyPartOfTheContentStay() {
        String text = "She said “the wind is at our backs” despite the loss.";
        Quote q = quote(text, "“the wind is at our backs” despite the loss");
        assertThat(q.wording()).isEqualTo(q.content());
        String nested = "He said “A” and “B” here.";
        Quote two = quote(nested, "“A” and “B”");
        assertThat(two.wording()).isEqualTo(two.content());
    }

    @Test
    void aBareThatOrPlainContentIsLeftAsItIs() {
        Quote that = quote("He said that.", "that");
        assertThat(that.wording()).isSameAs(that.content());
        Quote plain = quote("Russia had the upper hand, he said.", "Russia had the upper hand");
        assertThat(plain.wording()).isSameAs(plain.content());
        Quote thatWord = quote("He said thatcher won.", "thatcher won");
        assertThat(thatWord.wording()).isSameAs(thatWord.content());
    }
}
