package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpanMarkerTest {

    @Test
    void nestedSpansNest() {
        assertThat(SpanMarker.mark("abcdef", List.of(new SpanMarker.Mark(0, 6, 1), new SpanMarker.Mark(2, 4, 2))))
                .isEqualTo("<mark id=\"c1\" data-n=\"1\">ab<mark id=\"c2\" data-n=\"2\">cd</mark>ef</mark>");
    }

    @Test
    void crossingSpansAreSplitAndStayWellFormed() {
        assertThat(SpanMarker.mark("abcdef", List.of(new SpanMarker.Mark(0, 4, 1), new SpanMarker.Mark(2, 6, 2))))
                .isEqualTo("<mark id=\"c1\" data-n=\"1\">ab<mark id=\"c2\" data-n=\"2\">cd</mark></mark>"
                        + "<mark class=\"cont\">ef</mark>");
    }

    @Test
    void textIsEscapedAndEmptySpansKeepTheirAnchor() {
        assertThat(SpanMarker.mark("<b>&", List.of(new SpanMarker.Mark(1, 1, 1), new SpanMarker.Mark(3, 4, 2))))
                .isEqualTo("&lt;<mark id=\"c1\" data-n=\"1\"></mark>b&gt;<mark id=\"c2\" data-n=\"2\">&amp;</mark>");
    }
}
