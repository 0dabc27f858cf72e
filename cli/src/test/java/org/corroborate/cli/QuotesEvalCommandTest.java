package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corroborate eval quotes} on a handwritten gold file (invented text) and on bad arguments. */
class QuotesEvalCommandTest {

    private static CliRun quotes(String... args) {
        return ExtractCommandTest.run(new QuotesEvalCommand(SharedEngine.holder()), args);
    }

    @Test
    void scoresAHandwrittenPolnearFile(@TempDir Path dir) throws IOException {
        // "The pier will reopen in May," harbour master Ines Roth said on Monday.
        String text = "\\\"The pier will reopen in May,\\\" harbour master Ines Roth said on Monday.";
        Path gold = Files.writeString(dir.resolve("tiny.jsonl"), "{\"id\": \"a\", \"date\": \"2026-03-09\", \"text\": \""
                + text + "\", \"attributions\": [{\"source\": [{\"start\": 46, \"end\": 55, \"text\": \"Ines Roth\"}], "
                + "\"cue\": [{\"start\": 56, \"end\": 60, \"text\": \"said\"}], \"content\": [{\"start\": 0, \"end\": "
                + "30, \"text\": \"\\\"The pier will reopen in May,\\\"\"}], \"no_source\": false, "
                + "\"content_has_quote_marks\": true}]}\n");
        CliRun run = quotes("--data", gold.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("corpus         tiny", "documents      1", "quote > 0.3    F1 1.000",
                "speaker 1.000", "exact cue      F1 1.000");
    }

    @Test
    void badArguments(@TempDir Path dir) throws IOException {
        assertThat(quotes().exitCode()).isEqualTo(1);
        CliRun missing = quotes("--data", dir.resolve("missing.jsonl").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("no such data file");
        Path other = Files.writeString(dir.resolve("other.jsonl"), "{\"id\": \"x\", \"text\": \"Hello.\"}\n");
        CliRun unknown = quotes("--data", other.toString());
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("neither PolNeAR");
        assertThat(quotes("--data", other.toString(), "--limit", "0").exitCode()).isEqualTo(1);
    }
}
