package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.Article;
import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer against the two reference points that quotes-eval/README.md gives for PolNeAR dev (skipped without
 * ../shared), and the reader on a handwritten file.
 */
class QuoteEvaluationTest {

    private static final String POLNEAR = "quotes-eval/polnear/polnear-dev.jsonl";
    private static final double EPS = 0.0005;

    @Test
    void quoteMarksBaselineReproducesTheReadmeFigures() {
        List<QuoteEvaluation.GoldDocument> docs = QuoteEvaluation.readPolnear(SharedData.require(POLNEAR), 1000);
        assertThat(docs).hasSize(84);
        Pattern marks = Pattern.compile("“[^“”]*”|\"[^\"\\n]*\"");
        QuoteReport report = QuoteEvaluation.score("polnear-dev", docs, article -> {
            List<Quote> quotes = new ArrayList<>();
            Matcher m = marks.matcher(article.text());
            while (m.find()) {
                quotes.add(new Quote(Span.of(article, m.start(), m.end()), null, null, true));
            }
            return quotes;
        }, QuoteEvaluation::article);
        QuoteMetric.Matching lenient = report.counts().lenient();
        QuoteMetric.Matching strict = report.counts().strict();
        assertThat(lenient.gold()).isEqualTo(2192);
        assertThat(lenient.f1()).isCloseTo(0.338, within(EPS));
        assertThat(lenient.precision()).isCloseTo(0.611, within(EPS));
        assertThat(lenient.recall()).isCloseTo(0.234, within(EPS));
        assertThat(lenient.speakerAccuracy()).isCloseTo(0.012, within(EPS));
        assertThat(lenient.markedRecall()).isCloseTo(0.82, within(0.005));
        assertThat(strict.f1()).isCloseTo(0.185, within(EPS));
        assertThat(strict.precision()).isCloseTo(0.333, within(EPS));
        assertThat(strict.recall()).isCloseTo(0.128, within(EPS));
        assertThat(report.counts().content().f1()).isCloseTo(0.290, within(EPS));
    }

    /** The other five annotators of the two multiply-annotated articles against the gold annotator. */
    @Test
    void humanAgreementReproducesTheReadmeFigures() throws IOException {
        Path file = SharedData.require(POLNEAR);
        ObjectMapper json = new ObjectMapper();
        QuoteMetric.Counts total = QuoteMetric.Counts.ZERO;
        QuoteMetric.Exact content = QuoteMetric.Exact.ZERO;
        List<QuoteEvaluation.GoldDocument> docs = QuoteEvaluation.readPolnear(file, 1000);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < docs.size(); i++) {
            JsonNode alt = json.readTree(lines.get(i)).path("alt_annotations");
            QuoteEvaluation.GoldDocument doc = docs.get(i);
            for (JsonNode annotator : alt) {
                List<Quote> hulls = new ArrayList<>();
                List<Span> pieces = new ArrayList<>();
                for (JsonNode a : annotator) {
                    if (a.path("content").isEmpty()) {
                        continue;
                    }
                    int start = Integer.MAX_VALUE;
                    int end = 0;
                    for (JsonNode p : a.path("content")) {
                        start = Math.min(start, p.path("start").asInt());
                        end = Math.max(end, p.path("end").asInt());
                        pieces.add(Span.of(doc.id(), doc.text(), p.path("start").asInt(), p.path("end").asInt()));
                    }
                    Span source = first(doc, a.path("source"));
                    hulls.add(new Quote(Span.of(doc.id(), doc.text(), start, end), first(doc, a.path("cue")),
                            source == null ? null : new Speaker(source, null, source.text()),
                            a.path("content_has_quote_marks").asBoolean()));
                }
                total = total.plus(QuoteMetric.score(doc.gold(), hulls));
                content = content.plus(QuoteMetric.exact(
                        doc.gold().stream().filter(g -> !g.content().isEmpty())
                                .flatMap(g -> g.content().stream()).toList(), pieces));
            }
        }
        assertThat(total.lenient().f1()).isCloseTo(0.906, within(EPS));
        assertThat(total.lenient().precision()).isCloseTo(0.953, within(EPS));
        assertThat(total.lenient().recall()).isCloseTo(0.864, within(EPS));
        assertThat(total.lenient().speakerAccuracy()).isCloseTo(0.959, within(EPS));
        assertThat(total.strict().f1()).isCloseTo(0.876, within(EPS));
        assertThat(total.source().f1()).isCloseTo(0.887, within(EPS));
        assertThat(total.cue().f1()).isCloseTo(0.839, within(EPS));
        assertThat(content.f1()).isCloseTo(0.814, within(EPS));
    }

    @Test
    void readsBothFormatsAndBuildsVerbatimArticles(@TempDir Path dir) throws IOException {
        Path polnear = Files.writeString(dir.resolve("tiny-polnear.jsonl"), "{\"id\":\"a\",\"date\":\"2016-09-12\","
                + "\"text\":\" Ann said \\\"hi\\\".\",\"attributions\":[{\"source\":[{\"start\":1,\"end\":4,"
                + "\"text\":\"Ann\"}],\"cue\":[{\"start\":5,\"end\":9,\"text\":\"said\"}],\"content\":[{\"start\":10,"
                + "\"end\":14,\"text\":\"\\\"hi\\\"\"}],\"no_source\":false,\"content_has_quote_marks\":true}]}\n\n");
        List<QuoteEvaluation.GoldDocument> docs = QuoteEvaluation.readPolnear(polnear, 10);
        assertThat(docs).hasSize(1);
        Article article = QuoteEvaluation.article(docs.get(0));
        assertThat(article.text()).isEqualTo(" Ann said \"hi\".");
        assertThat(article.published()).isEqualTo("2016-09-12");
        assertThat(article.outlet()).isEqualTo("unknown: a");
        assertThat(docs.get(0).gold().get(0).content().get(0).matches(article.text())).isTrue();

        QuoteReport perfect = QuoteEvaluation.evaluate(polnear, a -> new org.corroborate.api.AnnotatedArticle(a,
                List.of(), List.of(), List.of(), List.of(new Quote(Span.of(a, 10, 14), Span.of(a, 5, 9),
                        new Speaker(Span.of(a, 1, 4), null, "Ann"), true)), List.of(), List.of(), List.of()),
                10);
        assertThat(perfect.counts().lenient().f1()).isEqualTo(1.0);
        assertThat(perfect.counts().content().f1()).isEqualTo(1.0);
        assertThat(perfect.format()).contains("quote > 0.3", "F1 1.000", "exact cue");

        Path wikinews = Files.writeString(dir.resolve("tiny-wikinews.jsonl"), "{\"id\":\"w\",\"text\":\"Er sagte "
                + "nichts.\",\"quotes\":[{\"type\":\"Indirect\",\"speaker\":[{\"start\":0,\"end\":2,\"text\":\"Er\"}],"
                + "\"cue\":[{\"start\":3,\"end\":8,\"text\":\"sagte\"}],\"quote\":[{\"start\":9,\"end\":15,"
                + "\"text\":\"nichts\"}]}]}\n");
        QuoteReport failing = QuoteEvaluation.evaluate(wikinews, a -> {
            throw new IllegalStateException("boom");
        }, 10);
        assertThat(failing.corpus()).isEqualTo("tiny-wikinews");
        assertThat(failing.counts().lenient().gold()).isOne();
        assertThat(failing.counts().lenient().markedGold()).isZero();
        assertThat(failing.failures()).containsExactly("w: IllegalStateException: boom");
    }

    private static Span first(QuoteEvaluation.GoldDocument doc, JsonNode pieces) {
        if (pieces.isEmpty()) {
            return null;
        }
        JsonNode p = pieces.get(0);
        return Span.of(doc.id(), doc.text(), p.path("start").asInt(), p.path("end").asInt());
    }
}
