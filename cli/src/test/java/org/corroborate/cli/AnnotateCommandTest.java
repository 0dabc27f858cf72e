package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corroborate annotate} on the example pile, verbatim JSONL and bad inputs (one shared CoreNLP load). */
class AnnotateCommandTest {

    private static CliRun annotate(String... args) {
        return ExtractCommandTest.run(new AnnotateCommand(SharedEngine.holder()), args);
    }

    @Test
    void theExamplePileGivesOneLinePerArticleWithSpansIntoTheCleanText() throws IOException {
        CliRun extracted = ExtractCommandTest.run(new ExtractCommand(SharedEngine.holder()),
                ExtractCommandTest.PILE.toString());
        Map<String, String> bodies = new HashMap<>();
        ExtractCommandTest.jsonLines(extracted.out()).forEach(r -> bodies.put(r.path("id").asText(),
                r.path("body").asText()));

        CliRun run = annotate(ExtractCommandTest.PILE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> records = ExtractCommandTest.jsonLines(run.out());
        assertThat(records).hasSize(7);
        int quotes = 0;
        Set<String> entityIds = new HashSet<>();
        for (JsonNode r : records) {
            assertThat(r.fieldNames()).toIterable().containsExactly("id", "entities", "entity_index", "quotes",
                    "quantities", "times", "warnings");
            assertThat(r.path("warnings").isArray()).isTrue();
            String body = bodies.get(r.path("id").asText());
            assertThat(body).as(r.path("id").asText()).isNotNull();
            for (JsonNode e : r.path("entities")) {
                assertThat(e.fieldNames()).toIterable().containsExactly("text", "type", "start", "end", "entity");
                checkSpan(body, e);
                entityIds.add(e.path("entity").asText());
            }
            for (JsonNode q : r.path("quotes")) {
                quotes++;
                checkSpan(body, q.path("content"));
                checkSpan(body, q.path("wording"));
                if (!q.path("speaker").isNull()) {
                    checkSpan(body, q.path("speaker"));
                    assertThat(q.path("speaker").has("entity")).isTrue();
                }
                if (!q.path("cue").isNull()) {
                    checkSpan(body, q.path("cue"));
                }
                assertThat(q.path("direct").isBoolean()).isTrue();
            }
            r.path("quantities").forEach(x -> checkSpan(body, x));
            r.path("times").forEach(x -> checkSpan(body, x));
            for (JsonNode e : r.path("entity_index")) {
                assertThat(e.fieldNames()).toIterable().containsExactly("entity", "name", "type", "aliases");
            }
        }
        assertThat(quotes).isPositive();
        // resolved across the batch: one id for the mayor in every article that names her
        assertThat(entityIds.stream().filter(id -> id.contains("varga"))).hasSize(1);
        assertThat(run.out()).contains("\"speaker\":{\"text\":");
    }

    @Test
    void asIsTakesTheTextVerbatim(@TempDir Path dir) throws IOException {
        String text = "  Skip to content\nHome | News\n\n\"The road will reopen on Friday,\" council engineer Aldo "
                + "Ferri told reporters on Monday.  ";
        Path file = Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"g1\", \"published\": \"2026-03-09\", "
                + "\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text) + "}\n"
                + "{\"id\": \"g2\"}\n", StandardCharsets.UTF_8);
        CliRun run = annotate("--as-is", "--input-jsonl", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":2: skipped: no text field");
        List<JsonNode> records = ExtractCommandTest.jsonLines(run.out());
        assertThat(records).hasSize(1);
        JsonNode quote = records.get(0).path("quotes").get(0);
        checkSpan(text, quote.path("content"));
        assertThat(quote.path("content").path("text").asText()).isEqualTo("The road will reopen on Friday");
        assertThat(quote.path("wording").path("text").asText()).isEqualTo("The road will reopen on Friday");
        assertThat(quote.path("direct").asBoolean()).isTrue();
        checkSpan(text, quote.path("speaker"));
        assertThat(quote.path("speaker").path("text").asText()).contains("Ferri");
        JsonNode monday = null;
        for (JsonNode t : records.get(0).path("times")) {
            if (t.path("text").asText().contains("Monday")) {
                monday = t;
            }
        }
        assertThat(monday).as(records.get(0).path("times").toString()).isNotNull();
        checkSpan(text, monday);
        assertThat(monday.path("from").asText()).isEqualTo("2026-03-09");
    }

    @Test
    void warningsAreOnTheRecordAndOnStderr(@TempDir Path dir) throws IOException {
        String text = "Council engineer Aldo Ferri said \u201cthe road will reopen on Friday and never close again.\n\n"
                + "The weather was fine. \u0414\u043e\u0440\u043e\u0433\u0430 \u0437\u0430\u043a\u0440\u044b\u0442\u0430.";
        Path file = Files.writeString(dir.resolve("odd.jsonl"), "{\"id\": \"odd\", \"published\": \"2026-03-09\", "
                + "\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text) + "}\n",
                StandardCharsets.UTF_8);
        CliRun run = annotate("--as-is", "--input-jsonl", file.toString());
        JsonNode record = ExtractCommandTest.jsonLines(run.out()).get(0);
        List<String> warnings = new java.util.ArrayList<>();
        record.path("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).anyMatch(w -> w.startsWith("unbalanced quotation marks: 1 "))
                .anyMatch(w -> w.startsWith("mixed scripts: Cyrillic"));
        assertThat(run.err()).contains("unbalanced quotation marks");
        for (JsonNode q : record.path("quotes")) {
            assertThat(q.path("content").path("text").asText()).doesNotContain("weather");
        }
    }

    @Test
    void badInputsAreNamedOnceEach(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path good = ExtractCommandTest.PILE.resolve("northgate-tram.txt");
        CliRun run = annotate(empty.toString(), dir.resolve("missing.html").toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(ExtractCommandTest.jsonLines(run.out())).hasSize(1);
        List<String> lines = Arrays.stream(run.err().split("\n")).filter(l -> l.contains(": skipped:")).toList();
        assertThat(lines).hasSize(2).anySatisfy(l -> assertThat(l).contains("empty.txt"))
                .anySatisfy(l -> assertThat(l).contains("missing.html"));

        Path notUtf8 = Files.write(dir.resolve("latin1.jsonl"),
                "{\"id\": \"x\", \"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun asIs = annotate("--as-is", notUtf8.toString(), dir.toString());
        assertThat(asIs.exitCode()).isEqualTo(2);
        assertThat(asIs.out()).isEmpty();
        assertThat(asIs.err()).contains("latin1.jsonl: skipped: not valid UTF-8", dir + ": skipped: --as-is reads");
        assertThat(annotate().exitCode()).isEqualTo(1);
    }

    private static void checkSpan(String text, JsonNode span) {
        int start = span.path("start").asInt();
        int end = span.path("end").asInt();
        assertThat(text.substring(start, end)).as(span.toString()).isEqualTo(span.path("text").asText());
    }
}
