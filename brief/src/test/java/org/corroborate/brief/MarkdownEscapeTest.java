package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscapeTest {

    @Test
    void inlineMarkupIsEscapedAndWhitespaceFolded() {
        assertThat(MarkdownRenderer.esc("a *b* _c_ [d](e) `f` <g>\n\n  h\\"))
                .isEqualTo("a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\<g\\> h\\\\");
        assertThat(MarkdownRenderer.esc("AT&T rose 5% (\"a lot\")")).isEqualTo("AT&T rose 5% (\"a lot\")");
    }

    @Test
    void blockMarkersAtTheStartOfALineAreEscaped() {
        assertThat(MarkdownRenderer.lineStart("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownRenderer.lineStart("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownRenderer.lineStart("2025. A year")).isEqualTo("2025\\. A year");
        assertThat(MarkdownRenderer.lineStart("3.5 million people")).isEqualTo("3.5 million people");
    }
}
