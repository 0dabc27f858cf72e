package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.testkit.ProjectRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code brief --input-jsonl F --single-story --max-words N --format json}: how benchmarks feed clusters in. */
class BriefSingleStoryTest {

    @Test
    void allRecordsBecomeOneStoryUnderTheWordBudget(@TempDir Path dir) throws IOException {
        Path records = dir.resolve("cluster.txt");
        Files.copy(ProjectRoot.resolve("examples/harbour-fire/radio-eastmark.jsonl"), records);
        Path out = dir.resolve("out");

        CliRun run = CliRun.run(SharedEngine.holder(), "brief", "--no-progress", "--input-jsonl", records.toString(),
                "--single-story", "--max-words", "40", "--format", "json", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Path> files;
        try (Stream<Path> listed = Files.list(out)) {
            files = listed.toList();
        }
        assertThat(files).hasSize(1);
        JsonNode brief = new ObjectMapper().readTree(files.get(0).toFile());
        assertThat(brief.path("articles")).hasSize(2);
        int words = 0;
        for (JsonNode sentence : brief.path("summary")) {
            words += sentence.path("text").asText().split("\\s+").length;
        }
        assertThat(words).isPositive();
        assertThat(brief.path("summary").size() == 1 || words <= 40).as("%d words", words).isTrue();
    }

    @Test
    void withoutAnyInputItIsAUsageError() {
        CliRun run = CliRun.run("brief", "--single-story");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--input-jsonl");
    }
}
