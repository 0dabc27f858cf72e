package org.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Bad input never crashes the extractor: it gives a {@link BadInputException} with a clear message or an article with
 * a warning. Big and deep inputs are generated here, never stored in the repository.
 */
class BadInputExtractionTest {

    private static final String SENTENCE = "The council met on Tuesday evening, and the members agreed on the budget. ";

    private static RawDocument html(String name, String content) {
        return new RawDocument(name, ContentType.HTML, content, DocumentHints.NONE);
    }

    @Test
    void emptyDocumentsAreBadInput() {
        assertThatThrownBy(() -> Extractors.standard().extract(html("e.html", "")))
                .isInstanceOf(BadInputException.class).hasMessage("e.html: no article text found");
        assertThatThrownBy(() -> Extractors.standard().extract(
                new RawDocument("e.txt", ContentType.PLAIN_TEXT, " \n\n ", DocumentHints.NONE)))
                .isInstanceOf(BadInputException.class).hasMessage("e.txt: no article text found");
    }

    @Test
    void binaryContentIsBadInput() {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        String binary = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Extractors.standard().extract(html("photo.html", binary)))
                .isInstanceOf(BadInputException.class).hasMessageStartingWith("photo.html: binary content");
        assertThat(Extractors.explain(html("photo.html", binary))).last().asString().startsWith("error: binary");
    }

    @Test
    void truncatedHtmlStillGivesItsText() {
        String page = "<html><head><title>Budget agreed</title></head><body><article><p>" + SENTENCE.repeat(4)
                + "</p><p>" + SENTENCE + "The mayor said the vote was close and that the debate wo";
        Article article = Extractors.standard().extract(html("cut.html", page));
        assertThat(article.text()).startsWith(SENTENCE.strip()).endsWith("the debate wo");
    }

    @Test
    void overlyLargeDocumentsAreRefusedQuickly() {
        String huge = "<html><body><p>" + SENTENCE.repeat(50 * 1024 * 1024 / SENTENCE.length()) + "</p></body></html>";
        assertThat(huge.length()).isGreaterThan(50_000_000);
        assertThatThrownBy(() -> Extractors.standard().extract(html("big.html", huge)))
                .isInstanceOf(BadInputException.class).hasMessageContaining("big.html: too large");
    }

    @Test
    void hundredThousandDeepNestingDoesNotOverflow() {
        int depth = 100_000;
        String html = "<html><body>" + "<div><span>".repeat(depth) + "<p>" + SENTENCE.repeat(3) + "</p>"
                + "</span></div>".repeat(depth) + "</body></html>";
        try {
            Article article = Extractors.standard().extract(html("deep.html", html));
            assertThat(article.text()).contains("the members agreed on the budget");
        } catch (BadInputException e) {
            assertThat(e.getMessage()).startsWith("deep.html: ");
        }
        String unclosed = "<html><body>" + "<b><i>".repeat(depth) + SENTENCE.repeat(3);
        try {
            Extractors.standard().extract(html("unclosed.html", unclosed));
        } catch (BadInputException e) {
            assertThat(e.getMessage()).startsWith("unclosed.html: ");
        }
    }

    @Test
    void wrongCharsetGetsAWarning() {
        String utf8AsLatin1 = new String((SENTENCE + "Die Bürger ärgern sich über höhere Gebühren für Straßen. ")
                .repeat(5).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Article article = Extractors.standard().extract(html("latin.html",
                "<html><body><article><p>" + utf8AsLatin1 + "</p></article></body></html>"));
        assertThat(article.warnings()).anyMatch(w -> w.contains("wrong charset"));

        String replaced = (SENTENCE + "Die B\ufffdrger \ufffdrgern sich \ufffdber Geb\ufffdhren. ").repeat(5);
        Article broken = Extractors.standard().extract(html("bad.html",
                "<html><body><article><p>" + replaced + "</p></article></body></html>"));
        assertThat(broken.warnings()).anyMatch(w -> w.contains("replacement characters"));

        Article clean = Extractors.standard().extract(html("ok.html",
                "<html><body><article><p>" + SENTENCE.repeat(5) + "Die Bürger ärgern sich.</p></article></body></html>"));
        assertThat(clean.warnings()).noneMatch(w -> w.contains("charset"));
    }

    @Test
    void navigationOnlyPagesAreBadInputEvenWithoutParagraphs() {
        assertThatThrownBy(() -> Extractors.standard().extract(html("menu.html",
                "<html><body><nav>Home | News</nav><footer>Imprint and contact</footer></body></html>")))
                .isInstanceOf(BadInputException.class).hasMessage("menu.html: no article text found");
    }

    @Test
    void scriptOnlyPagesAreBadInput() {
        String page = "<html><head><script>var app = {render: function () { return 1; }};</script></head>"
                + "<body><div id=\"root\"></div><script src=\"/bundle.js\"></script><script>app.render();</script>"
                + "<noscript>You need to enable JavaScript to run this app.</noscript></body></html>";
        assertThatThrownBy(() -> Extractors.standard().extract(html("app.html", page)))
                .isInstanceOf(BadInputException.class).hasMessage("app.html: no article text found");
    }
}
