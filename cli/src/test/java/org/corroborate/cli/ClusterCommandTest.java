package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code corroborate cluster} and {@code eval clustering} on invented JSON lines, without CoreNLP. */
class ClusterCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EngineHolder NO_ENGINE = options -> {
        throw new AssertionError("no engine expected");
    };

    private static final String DAM = "The Kessel dam above the town of Vellmoor failed early on Tuesday, sending a "
            + "wall of water through three villages in the valley. Rescue teams evacuated hundreds of residents from "
            + "flooded homes. Officials said the reservoir had been rising for days after heavy rain.";

    private static String record(String id, String title, String text, String published) throws IOException {
        var node = JSON.createObjectNode();
        if (id != null) {
            node.put("id", id);
        }
        if (title != null) {
            node.put("title", title);
        }
        node.put("text", text);
        if (published != null) {
            node.put("published", published);
        }
        return JSON.writeValueAsString(node);
    }

    private static List<String> pile() throws IOException {
        return List.of(
                record("dam1", "Dam fails above Vellmoor, villages flooded", DAM, "2031-04-08T07:00:00Z"),
                record("xfer1", "Dorrin signs for Calloway Athletic", "Midfielder Jonas Dorrin has signed a "
                        + "four-year contract with Calloway Athletic after a transfer fee of 40 million was agreed "
                        + "with his old club Rivermark. Dorrin passed his medical on Monday.", "2031-04-08T09:00:00Z"),
                "this is not json",
                record(null, "No id", "Some text about the Kessel dam.", null),
                record("dam2", "Vellmoor dam collapse: residents evacuated", "Residents of Vellmoor were evacuated "
                        + "after the Kessel dam collapsed on Tuesday morning. Water from the reservoir flooded three "
                        + "villages downstream, and rescue teams used boats to reach stranded families.",
                        "next Tuesday"),
                record("dam1", "Duplicate", "Another text entirely.", null),
                record("empty", "Nothing", "   ", null),
                "",
                record("copy", null, "VELLMOOR (Agency) -\n\n" + DAM + "\n\nCopyright Coastal Gazette.",
                        "2031-04-08T11:00:00Z"),
                record("xfer2", "Calloway Athletic complete Dorrin transfer", "Calloway Athletic have completed the "
                        + "transfer of midfielder Jonas Dorrin from Rivermark. The fee is reported at 40 million and "
                        + "Dorrin signed a contract for four years after his medical.", "2031-04-08T15:00:00Z"),
                record("de", "Damm bei Vellmoor gebrochen", "Der Kessel-Damm oberhalb von Vellmoor ist am Dienstag "
                        + "gebrochen. Das Wasser flutete drei D\u00f6rfer im Tal, und Rettungskr\u00e4fte "
                        + "brachten Hunderte Bewohner in Sicherheit. Der Stausee war nach tagelangem Regen voll.",
                        "2031-04-08T16:00:00Z"),
                record("nodate", "Dorrin medical passed", "Jonas Dorrin passed his medical at Calloway Athletic.",
                        null));
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void clustersInInputOrderAndNamesEachBadLine(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.write(input, pile());

        Run run = run(new ClusterCommand(NO_ENGINE), "--input-jsonl", input.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.SOME_SKIPPED);
        List<JsonNode> lines = run.out().lines().map(ClusterCommandTest::parse).toList();
        assertThat(lines).extracting(n -> n.get("id").asText())
                .containsExactly("dam1", "xfer1", "dam2", "copy", "xfer2", "de", "nodate");
        String damStory = lines.get(0).get("story").asText();
        assertThat(lines.get(2).get("story").asText()).isEqualTo(damStory);
        assertThat(lines.get(3).get("story").asText()).isEqualTo(damStory);
        assertThat(lines.get(1).get("story").asText()).isNotEqualTo(damStory)
                .isEqualTo(lines.get(4).get("story").asText());
        assertThat(lines.get(3).get("copy_of").asText()).isEqualTo("dam1");
        assertThat(lines).filteredOn(n -> !n.get("id").asText().equals("copy")).allMatch(n -> !n.has("copy_of"));
        assertThat(lines).allMatch(n -> !n.has("explanation"));

        List<String> err = run.err().lines().toList();
        assertThat(err).anyMatch(l -> l.contains("in.jsonl:3: skipped: not a JSON object"))
                .anyMatch(l -> l.contains("in.jsonl:4: skipped: no \"id\""))
                .anyMatch(l -> l.contains("in.jsonl:5: warning: unreadable date \"next Tuesday\""))
                .anyMatch(l -> l.contains("in.jsonl:6: skipped: duplicate id dam1 (line 6 repeats line 1)"))
                .anyMatch(l -> l.contains("in.jsonl:7: skipped: empty text"))
                .anyMatch(l -> l.contains("in.jsonl:11: warning: the text does not look English"))
                .anyMatch(l -> l.contains("in.jsonl:12: warning: no \"published\" date"))
                .anyMatch(l -> l.equals("4 line(s) skipped"));
        assertThat(err).hasSize(8);
    }

    @Test
    void aSiteNoticeIsWarnedAboutAndKeptAlone(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("notice.jsonl");
        List<String> pile = pile();
        String notice = "JavaScript is disabled. You need to enable JavaScript in your browser to use this player. "
                + "Please try again later.";
        Files.write(input, List.of(pile.get(0), pile.get(4), record("n1", "Vellmoor dam collapse", notice,
                "2031-04-08T11:00:00Z"), record("n2", "Vellmoor dam collapse", notice, "2031-04-08T12:00:00Z")));

        Run run = run(new ClusterCommand(NO_ENGINE), "--input-jsonl", input.toString(), "--explain");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err().lines().filter(l -> l.contains("not an article")).toList()).hasSize(2)
                .allMatch(l -> l.contains(": warning: not an article: site notice (")
                        && l.endsWith("; kept as a story of its own"))
                .anyMatch(l -> l.contains("notice.jsonl:3:")).anyMatch(l -> l.contains("notice.jsonl:4:"));
        List<JsonNode> lines = run.out().lines().map(ClusterCommandTest::parse).toList();
        List<String> stories = lines.stream().map(n -> n.get("story").asText()).toList();
        assertThat(stories.subList(0, 3)).doesNotContain(stories.get(3));
        assertThat(stories.subList(0, 2)).doesNotContain(stories.get(2));
        assertThat(lines.get(3).has("copy_of")).isFalse();
        assertThat(lines.get(3).get("explanation").get(0).asText()).contains("not an article");
    }

    @Test
    void explainAddsTheReasonsAndCleanInputExitsZero(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("clean.jsonl");
        List<String> pile = pile();
        Files.write(input, List.of(pile.get(0), pile.get(1), pile.get(4), pile.get(8), pile.get(9)));
        assertThat(ClusterCommand.looksEnglish(pile.get(10))).isFalse();
        assertThat(ClusterCommand.looksEnglish(pile.get(0))).isTrue();

        Run run = run(new ClusterCommand(NO_ENGINE), "--input-jsonl", input.toString(), "--explain");

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<JsonNode> lines = run.out().lines().map(ClusterCommandTest::parse).toList();
        assertThat(lines).hasSize(5).allMatch(n -> n.get("explanation").isArray()
                && n.get("explanation").get(0).asText().startsWith(n.get("id").asText() + ": "));
        assertThat(lines.get(3).get("explanation").get(0).asText()).startsWith("copy: copy of dam1");
    }

    @Test
    void missingFileIsAUsageError(@TempDir Path dir) {
        Run run = run(new ClusterCommand(NO_ENGINE), "--input-jsonl", dir.resolve("nope.jsonl").toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void evalClusteringScoresOutputAgainstGold(@TempDir Path dir) throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.write(input, pile().subList(0, 10));
        Run cluster = run(new ClusterCommand(NO_ENGINE), "--input-jsonl", input.toString());
        Path pred = Files.writeString(dir.resolve("pred.jsonl"), cluster.out());
        Path gold = Files.write(dir.resolve("gold.jsonl"), List.of("{\"id\":\"dam1\",\"story\":\"dam\"}",
                "{\"id\":\"dam2\",\"story\":\"dam\"}", "{\"id\":\"copy\",\"story\":\"dam\"}",
                "{\"id\":\"xfer1\",\"story\":\"xfer\"}", "{\"id\":\"xfer2\",\"story\":\"xfer\"}"));

        Run eval = run(new ClusteringEvalCommand(NO_ENGINE), "--gold", gold.toString(), "--pred", pred.toString());

        assertThat(eval.code()).as(eval.err()).isZero();
        assertThat(eval.out()).contains("2 predicted, 2 gold").contains("F1 1.0000");

        Run wrong = run(new ClusteringEvalCommand(NO_ENGINE), "--gold", gold.toString(), "--set", "uci");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("either --gold and --pred, or --data and --set");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
