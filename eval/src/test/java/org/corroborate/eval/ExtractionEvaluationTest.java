package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.Extractor;
import org.corroborate.api.RawDocument;
import org.corroborate.testkit.SharedData;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluationTest {

    /** Body = the text of {@code <article>}; title, author and date from meta tags; "BOOM" pages throw. */
    private static final Extractor TOY = document -> {
        String html = document.content();
        if (html.contains("BOOM")) {
            throw new BadInputException(document.source(), "no body text");
        }
        String body = group(html, "<article>(.*?)</article>");
        return new Article(document.source(), document.source(), document.hints().url(), null, "unknown: x",
                group(html, "<title>(.*?)</title>"), body == null ? List.of() : metaAuthors(html),
                group(html, "<meta name=\"date\" content=\"(.*?)\""), null, null,
                body == null ? "" : body.replaceAll("<[^>]+>", " "), List.of(), List.of());
    };

    /** All the visible text of the page (jsoup {@code body().text()}), the README's baseline. */
    private static final Extractor ALL_TEXT = document -> new Article(document.source(), document.source(), null,
            null, "unknown: x", null, List.of(), null, null, null, Jsoup.parse(document.content()).body().text(),
            List.of(), List.of());

    @TempDir
    Path dir;

    @Test
    void scrapinghubRunnerScoresEveryGoldPageAndCountsErrors() throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"aa": {"articleBody": "The quick brown fox jumps over the lazy dog.", "url": "https://a.example/1"},
                 "bb": {"articleBody": "Grüße aus Köln und viele weitere Grüße aus Bonn.", "url": "https://b.example/2"},
                 "cc": {"articleBody": "This page throws in the extractor every time.", "url": "https://c.example/3"},
                 "dd": {"articleBody": "This page has no html file at all here.", "url": "https://d.example/4"}}
                """, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("html"));
        gzip(dir.resolve("html/aa.html.gz"), "<html><nav>Home</nav><article><p>The quick brown fox jumps over the"
                + " lazy dog.</p></article></html>", StandardCharsets.UTF_8);
        gzip(dir.resolve("html/bb.html.gz"), "<html><head><meta charset=\"iso-8859-1\"></head><article>Grüße aus Köln"
                + " und viele weitere Grüße aus Bonn.</article></html>", Charset.forName("windows-1252"));
        gzip(dir.resolve("html/cc.html.gz"), "<html>BOOM</html>", StandardCharsets.UTF_8);

        Report report = ExtractionEvaluation.scrapinghub(dir, TOY);

        assertThat(report.benchmark()).isEqualTo("scrapinghub");
        assertThat(report.n()).isEqualTo(4);
        assertThat(report.errors()).isEqualTo(2);
        assertThat(report.failures()).hasSize(2);
        assertThat(report.failures().get(0)).isEqualTo("html/cc.html: no body text");
        assertThat(report.failures().get(1)).isEqualTo("html/dd.html: no such file or folder");
        // two perfect pages define precision; recall is averaged over all four
        assertThat(report.precision()).isCloseTo(1.0, within(1e-12));
        assertThat(report.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(report.accuracy()).isCloseTo(0.5, within(1e-12));
        assertThat(report.segments()).isNull();
        assertThat(report.metadata()).isNull();
        assertThat(report.worst()).hasSize(4);
        assertThat(report.worst().get(0)).startsWith("cc");
        assertThat(report.format()).contains("F1", "0.6667", "errors:", "html/cc.html");
    }

    @Test
    void trafilaturaRunnerReadsCacheBeforeEvalAndScoresMetadata() throws IOException {
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://x.example/a": {"file": "a.html", "with": ["Erster Satz.", "Zweiter Satz."],
                   "without": ["Impressum"], "title": "Titel A", "date": "2020-01-02",
                   "author": "Anna Muster und Bert Beispiel"},
                 "https://x.example/b": {"file": "b.html", "with": ["Nur im Cache."], "without": ["Veraltet"],
                   "title": "", "date": "2021-03-04", "author": ""},
                 "https://x.example/c": {"file": "c.html", "with": ["Kaputt."], "without": ["Werbung"],
                   "title": "Titel C", "author": ["Carla"]}}
                """, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("eval"));
        Files.createDirectories(dir.resolve("cache"));
        gzip(dir.resolve("eval/a.html.gz"), "<title>Titel  A</title><meta name=\"author\" content=\"Anna Muster\">"
                + "<meta name=\"author\" content=\"Bert Beispiel\"><meta name=\"date\" content=\"2020-01-02T10:00\">"
                + "<article><p>Erster\nSatz.</p><p>Zweiter Satz.</p></article><footer>Impressum</footer>",
                StandardCharsets.UTF_8);
        gzip(dir.resolve("eval/b.html.gz"), "<article>Veraltet</article>", StandardCharsets.UTF_8);
        gzip(dir.resolve("cache/b.html.gz"), "<meta name=\"date\" content=\"2021-03-05\"><article>Nur im Cache."
                + "</article>", StandardCharsets.UTF_8);
        gzip(dir.resolve("eval/c.html.gz"), "BOOM", StandardCharsets.UTF_8);

        Report report = ExtractionEvaluation.trafilatura(dir, TOY);

        assertThat(report.n()).isEqualTo(3);
        assertThat(report.errors()).isEqualTo(1);
        assertThat(report.segments()).isEqualTo(new SegmentMetric.Counts(3, 0, 1, 3));
        assertThat(report.f1()).isCloseTo(report.segments().f1(), within(1e-12));
        assertThat(report.accuracy()).isCloseTo(6.0 / 7, within(1e-12));
        MetadataScores meta = report.metadata();
        assertThat(meta.title()).isEqualTo(new MetadataScores.Tally(1, 2));
        assertThat(meta.date()).isEqualTo(new MetadataScores.Tally(1, 2));
        assertThat(meta.authorExact()).isEqualTo(new MetadataScores.Tally(0, 2));
        assertThat(meta.authorLenient()).isEqualTo(new MetadataScores.Tally(1, 2));
        assertThat(report.worst().get(0)).startsWith("c.html");
        assertThat(report.format()).contains("author lenient", "0.5000 (1/2)", "TP 3  FP 0  FN 1  TN 3");
    }

    /**
     * jsoup {@code body().text()} is the README's all-text baseline: F1 0.671 on the Scrapinghub set and 0.692 on
     * trafilatura's (published html_text: 0.665 and 0.691). Reproducing them checks decoding, runners and metrics.
     */
    @Test
    void allTextBaselineReproducesTheReadmeFigures() {
        Report scrapinghub = ExtractionEvaluation.scrapinghub(SharedData.require("extraction-benchmark"), ALL_TEXT);
        assertThat(scrapinghub.n()).isEqualTo(181);
        assertThat(scrapinghub.errors()).isZero();
        assertThat(scrapinghub.f1()).as(scrapinghub.format()).isCloseTo(0.671, within(0.003));

        Report trafilatura = ExtractionEvaluation.trafilatura(SharedData.require("trafilatura-eval"), ALL_TEXT);
        assertThat(trafilatura.n()).isEqualTo(990);
        assertThat(trafilatura.errors()).isZero();
        assertThat(trafilatura.segments().total()).isEqualTo(2951 + 2966);
        assertThat(trafilatura.f1()).as(trafilatura.format()).isCloseTo(0.692, within(0.003));
    }

    private static String group(String html, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static List<String> metaAuthors(String html) {
        return Pattern.compile("<meta name=\"author\" content=\"(.*?)\"").matcher(html).results()
                .map(r -> r.group(1)).toList();
    }

    private static void gzip(Path file, String content, Charset charset) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(charset));
        }
    }
}
