package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void tokensAreUnicodeWordRunsCaseSensitive() {
        assertThat(ShingleMetric.tokens("Grüße, Müller! Привет мир_2 — 東京")).containsExactly(
                "Grüße", "Müller", "Привет", "мир_2", "東京");
        assertThat(ShingleMetric.tokens(null)).isEmpty();
    }

    @Test
    void identicalTextsScorePerfectly() {
        ShingleMetric.PageScore page = ShingleMetric.page("one two three four five", "One  two\nthree four five!");
        // case matters: "One" differs from "one"
        assertThat(page.exact()).isFalse();
        ShingleMetric.PageScore same = ShingleMetric.page("a b c d e", "a, b; c. d e");
        assertThat(same.exact()).isTrue();
        assertThat(same.tp()).isEqualTo(1.0);
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);
    }

    @Test
    void countsShinglesAsAMultisetAndNormalisesPerPage() {
        // truth shingles: [a b c d], [b c d e]; prediction: [a b c d] twice (repeated text), [b c d a], [c d a b]
        ShingleMetric.PageScore page = ShingleMetric.page("a b c d e", "a b c d a b c d");
        // tp 1, fp 4 (the second [a b c d] and the three others), fn 1 ([b c d e]); normalised by tp + fp + fn
        double tp = 1;
        double fp = 4;
        double fn = 1;
        double sum = tp + fp + fn;
        assertThat(page.tp()).isCloseTo(tp / sum, within(1e-12));
        assertThat(page.fp()).isCloseTo(fp / sum, within(1e-12));
        assertThat(page.fn()).isCloseTo(fn / sum, within(1e-12));
        assertThat(page.precision()).isCloseTo(0.2, within(1e-12));
        assertThat(page.recall()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void shortAndEmptyTextsFollowTheSpecialCases() {
        // 1–3 tokens give one short shingle
        assertThat(ShingleMetric.page("a b", "a b").precision()).isEqualTo(1.0);
        ShingleMetric.PageScore missing = ShingleMetric.page("a b c d e", "");
        assertThat(missing.hasPrecision()).isFalse();
        assertThat(missing.hasRecall()).isTrue();
        assertThat(missing.recall()).isZero();
        ShingleMetric.PageScore bothEmpty = ShingleMetric.page("", null);
        assertThat(bothEmpty.hasPrecision()).isFalse();
        assertThat(bothEmpty.hasRecall()).isFalse();
        assertThat(bothEmpty.exact()).isTrue();
    }

    @Test
    void macroAveragesPrecisionAndRecallOverDefinedPagesAndF1FromTheMeans() {
        TextScores scores = ShingleMetric.score(
                Map.of("p1", "a b c d e", "p2", "f g h i j", "p3", "k l m n o"),
                Map.of("p1", "a b c d e", "p2", "a b c d e"));
        // p1: P 1, R 1; p2: no shared shingle, P 0, R 0; p3: missing, no precision, R 0
        assertThat(scores.pages()).isEqualTo(3);
        assertThat(scores.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(scores.recall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(scores.f1()).isCloseTo(2 * 0.5 / 3 / (0.5 + 1.0 / 3), within(1e-12));
        assertThat(scores.accuracy()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void reproducesThePublishedScoresOfUpstreamPredictions() throws IOException {
        Path dir = SharedData.require("extraction-benchmark");
        Map<String, String> truth = bodies(read(dir.resolve("ground-truth.json")));
        assertThat(truth).hasSize(181);
        // README: our metric gives trafilatura 0.957 (published 0.958), readability_js 0.947 (0.947)
        assertF1(truth, "trafilatura", 0.957);
        assertF1(truth, "readability_js", 0.947);
        assertF1(truth, "html-text", 0.665);
    }

    private static void assertF1(Map<String, String> truth, String system, double expected) throws IOException {
        Path file = SharedData.require("extraction-benchmark/output/" + system + ".json.gz");
        TextScores scores = ShingleMetric.score(truth, bodies(read(file)));
        assertThat(scores.f1()).as(system + " " + scores).isCloseTo(expected, within(0.001));
    }

    /** Article bodies by id from the plain {@code {id: {articleBody}}} or wrapped {@code {output: {...}}} form. */
    static Map<String, String> bodies(JsonNode root) {
        JsonNode pages = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        Map<String, String> bodies = new HashMap<>();
        pages.properties().forEach(e -> {
            JsonNode body = e.getValue().get("articleBody");
            bodies.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
        });
        return bodies;
    }

    static JsonNode read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return json.readTree(in);
            }
        }
        return json.readTree(file.toFile());
    }

    @Test
    void f1IsZeroWhenNothingMatches() {
        TextScores scores = ShingleMetric.aggregate(List.of());
        assertThat(scores.f1()).isZero();
        assertThat(scores.accuracy()).isZero();
    }
}
