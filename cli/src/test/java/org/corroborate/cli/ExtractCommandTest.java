package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.engine.Engine;
import org.corroborate.extract.Extractors;
import org.corroborate.testkit.ProjectRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code corroborate extract} on the example pile and on bad inputs; CoreNLP must never load. */
class ExtractCommandTest {

    static final Path PILE = ProjectRoot.resolve("examples/harbour-fire");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An engine whose annotator fails the test: extract must not load CoreNLP. */
    private static final EngineHolder EXTRACT_ONLY = options -> Engine.withStages(options, Extractors.standard(),
            article -> {
                throw new AssertionError("extract must not annotate");
            });

    /**
     * Runs {@code command} as the top-level command with the exit-code handling of {@code corroborate} (usage errors
     * exit 1, exceptions 3), until the command is registered under {@code corroborate}.
     */
    static CliRun run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        line.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("corroborate: " + e.getMessage());
            return ExitCodes.USAGE;
        });
        line.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("corroborate: " + e);
            return ExitCodes.FAILURE;
        });
        int code = line.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private static CliRun extract(String... args) {
        return run(new ExtractCommand(EXTRACT_ONLY), args);
    }

    static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> result = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                result.add(JSON.readTree(line));
            }
        }
        return result;
    }

    @Test
    void theExamplePileGivesOneJsonLinePerArticle() throws IOException {
        CliRun run = extract(PILE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<JsonNode> records = jsonLines(run.out());
        assertThat(records).hasSize(7);
        for (JsonNode r : records) {
            assertThat(r.fieldNames()).toIterable().containsExactly("source", "id", "url", "canonical_url", "title",
                    "byline", "outlet", "published", "modified", "language", "body", "credits", "warnings");
            assertThat(r.path("body").asText()).isNotBlank();
            assertThat(r.path("byline").isArray()).isTrue();
        }
        JsonNode eastmark = records.stream().filter(r -> r.path("id").asText().equals("eastmark-2026-03-11-saltmere"))
                .findFirst().orElseThrow();
        assertThat(eastmark.path("outlet").asText()).isEqualTo("Radio Eastmark");
        assertThat(eastmark.path("byline").get(0).asText()).isEqualTo("Priya Lund");
        assertThat(eastmark.path("source").asText()).endsWith("radio-eastmark.jsonl:1");
        JsonNode meridian = records.stream().filter(r -> r.path("source").asText().endsWith("scraped.txt"))
                .findFirst().orElseThrow();
        assertThat(meridian.path("title").asText()).isEqualTo("Warehouse fire in Saltmere forces hundreds from homes");
        assertThat(meridian.path("body").asText()).doesNotContain("Skip to content").startsWith("A fire broke out");
    }

    @Test
    void jsonAndTextFormats() throws IOException {
        CliRun json = extract("--format", "json", PILE.toString());
        assertThat(json.exitCode()).isZero();
        JsonNode array = JSON.readTree(json.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(7);

        CliRun text = extract("--format", "text", PILE.resolve("meridian-press-scraped.txt").toString(),
                PILE.resolve("northgate-tram.txt").toString());
        assertThat(text.exitCode()).isZero();
        String[] records = text.out().split("\n\f\n");
        assertThat(records).hasSize(2);
        assertThat(records[0]).startsWith("Warehouse fire in Saltmere forces hundreds from homes\n\nA fire broke out");
    }

    @Test
    void explainListsWhatWasRemoved() throws IOException {
        CliRun run = extract("--explain", PILE.resolve("meridian-press-scraped.txt").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode removed = jsonLines(run.out()).get(0).path("removed");
        assertThat(removed.isArray()).isTrue();
        assertThat(removed).isNotEmpty().allSatisfy(l -> assertThat(l.asText()).startsWith("removed: "));
        assertThat(removed.toString()).contains("Skip to content");
    }

    @Test
    void inputJsonlOfAnyNameWithHtmlTextAndBadLines(@TempDir Path dir) throws IOException {
        Path records = Files.writeString(dir.resolve("records.txt"), String.join("\n",
                "{\"id\": \"h1\", \"url\": \"https://example.org/a?utm_source=x\", \"html\": \"<html><head><title>Dock "
                        + "strike ends</title></head><body><article><h1>Dock strike ends</h1><p>Dock workers in "
                        + "Portmere returned to work on Monday after a four-day strike over pay, their union said."
                        + "</p><p>The port authority said ships would be cleared by Thursday.</p></article></body>"
                        + "</html>\"}",
                "{\"id\": \"t1\", \"text\": \"Ferries resumed on Tuesday after the storm, the operator said.\"}",
                "not json",
                "{\"id\": \"t2\"}",
                "{\"id\": \"t1\", \"text\": \"Ferries resumed on Tuesday after the storm, the operator said.\"}",
                ""), StandardCharsets.UTF_8);
        CliRun run = extract("--input-jsonl", records.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        List<JsonNode> all = jsonLines(run.out());
        List<JsonNode> out = all.stream().filter(r -> !r.path("body").asText().isEmpty()).toList();
        assertThat(out).extracting(r -> r.path("id").asText()).containsExactly("h1", "t1");
        List<JsonNode> skipped = all.subList(out.size(), all.size());
        assertThat(skipped).extracting(r -> r.path("source").asText())
                .containsExactlyInAnyOrder(records + ":3", records + ":4", records + ":5");
        assertThat(skipped).allSatisfy(r -> {
            assertThat(r.path("id").isNull()).isTrue();
            assertThat(r.path("warnings").get(0).asText()).startsWith("skipped: ");
        });
        assertThat(out.get(0).path("title").asText()).isEqualTo("Dock strike ends");
        assertThat(out.get(0).path("body").asText()).contains("Dock workers in Portmere");
        assertThat(out.get(0).path("source").asText()).isEqualTo(records + ":1");
        List<String> lines = Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank()).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(records + ":3: skipped:"))
                .anySatisfy(l -> assertThat(l).startsWith(records + ":4: skipped:"))
                .anySatisfy(l -> assertThat(l).startsWith(records + ":5: skipped:").contains("same article"))
                .noneSatisfy(l -> assertThat(l).contains("input.jsonl"));
    }

    @Test
    void badInputsAreNamedOnceEachAndTheRestIsWritten(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 cr\u00e8me.".getBytes(StandardCharsets.ISO_8859_1));
        Path noText = Files.writeString(dir.resolve("menu.html"), "<html><body><nav>Home | News</nav></body></html>");
        Path good = PILE.resolve("northgate-tram.txt");
        CliRun run = extract(empty.toString(), latin1.toString(), noText.toString(), dir.resolve("missing.txt")
                .toString(), good.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        List<JsonNode> records = jsonLines(run.out());
        assertThat(records).hasSize(5);
        assertThat(records.get(0).path("body").asText()).isNotEmpty();
        for (JsonNode record : records.subList(1, 5)) { // one record per input: the skipped ones say why
            assertThat(record.path("body").asText()).isEmpty();
            assertThat(record.path("warnings")).hasSize(1);
            assertThat(record.path("warnings").get(0).asText()).startsWith("skipped: ");
        }
        assertThat(records.subList(1, 5)).extracting(r -> Path.of(r.path("source").asText()).getFileName().toString())
                .containsExactlyInAnyOrder("empty.txt", "latin1.txt", "menu.html", "missing.txt");
        List<String> lines = Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank()).toList();
        for (String bad : List.of("empty.txt", "latin1.txt", "menu.html", "missing.txt")) {
            assertThat(lines.stream().filter(l -> l.contains(bad + ": skipped:"))).as(run.err()).hasSize(1);
        }
        assertThat(run.err()).contains("4 input(s) skipped").doesNotContain("\tat ");
    }

    @Test
    void malformedHtmlPagesInOneBatchNeverStopIt(@TempDir Path dir) throws IOException {
        String sentence = "The council met on Tuesday and agreed the budget after a long debate about the cost. ";
        String article = "<html><head><title>Budget agreed</title></head><body><article><p>" + sentence.repeat(8)
                + "</p>";
        Path cut = Files.writeString(dir.resolve("cut.html"), article + "<p>The mayor sa");
        Path deep = Files.writeString(dir.resolve("deep.html"), "<html><body>" + "<div><span>".repeat(100_000)
                + "<p>" + sentence.repeat(6) + "</p></body></html>");
        Path script = Files.writeString(dir.resolve("script.html"), "<html><head><script>var a = 1;</script></head>"
                + "<body><div id=\"root\"></div><script>render();</script></body></html>");
        Path empty = Files.write(dir.resolve("empty.html"), new byte[0]);
        byte[] noise = new byte[30_000];
        new java.util.Random(3).nextBytes(noise);
        Path binary = Files.write(dir.resolve("binary.html"), noise);
        Path wrongCharset = Files.write(dir.resolve("latin.html"), ("<html><head><meta charset=\"utf-8\"></head><body>"
                + "<article><p>" + "Die B\u00fcrger \u00e4rgern sich \u00fcber h\u00f6here Geb\u00fchren, sagte "
                + "der B\u00fcrgermeister am Dienstag. ".repeat(8) + "</p></article></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path huge = dir.resolve("huge.html");
        try (var out = Files.newOutputStream(huge)) {
            out.write("<html><body><p>".getBytes(StandardCharsets.UTF_8));
            byte[] block = sentence.repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }

        CliRun run = extract(cut.toString(), deep.toString(), script.toString(), empty.toString(), binary.toString(),
                wrongCharset.toString(), huge.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        List<JsonNode> all = jsonLines(run.out());
        assertThat(all).extracting(r -> Path.of(r.path("source").asText()).getFileName().toString())
                .containsExactlyInAnyOrder("cut.html", "deep.html", "latin.html", "script.html", "empty.html",
                        "binary.html", "huge.html");
        List<JsonNode> records = all.stream().filter(r -> !r.path("body").asText().isEmpty()).toList();
        assertThat(records).extracting(r -> Path.of(r.path("source").asText()).getFileName().toString())
                .containsExactlyInAnyOrder("cut.html", "deep.html", "latin.html");
        assertThat(all.stream().filter(r -> r.path("body").asText().isEmpty()))
                .allSatisfy(r -> assertThat(r.path("warnings").get(0).asText()).startsWith("skipped: "));
        JsonNode latin = records.stream().filter(r -> r.path("source").asText().endsWith("latin.html")).findFirst()
                .orElseThrow();
        assertThat(latin.path("warnings").toString()).contains("not valid UTF-8");
        assertThat(latin.path("body").asText()).contains("B\u00fcrger");
        List<String> lines = Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank()).toList();
        for (String bad : List.of("script.html", "empty.html", "binary.html", "huge.html")) {
            assertThat(lines.stream().filter(l -> l.contains(bad + ": skipped:"))).as(run.err()).hasSize(1);
        }
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("StackOverflow").contains("4 input(s) skipped");
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(extract().exitCode()).isEqualTo(1);
        CliRun badFormat = extract("--format", "pdf", PILE.toString());
        assertThat(badFormat.exitCode()).isEqualTo(1);
        assertThat(badFormat.err()).contains("pdf");
        assertThat(extract("--max-input-mb", "0", PILE.toString()).exitCode()).isEqualTo(1);
        CliRun help = extract("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--input-jsonl", "--explain", "Exit codes");
    }
}
