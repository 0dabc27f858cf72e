package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad inputs of the walking-skeleton issue, each named on one line; the rest is processed; exit code 2. */
class BadInputTest {

    private static final String GOOD = "A landslide closed the mountain road above the village of Brenno on "
            + "Monday, the regional council said.\n\nWorkers expect to reopen one lane by Friday, council engineer "
            + "Aldo Ferri told reporters.\n";

    @Test
    void eachBadFileIsNamedOnceAndTheRestIsProcessed(@TempDir Path dir) throws IOException {
        Path pile = Files.createDirectories(dir.resolve("pile"));
        Files.write(pile.resolve("empty.txt"), new byte[0]);
        Files.write(pile.resolve("picture.png"), png());
        Files.write(pile.resolve("latin1.txt"),
                "Caf\u00e9 au lait, cr\u00e8me br\u00fbl\u00e9e.".getBytes(StandardCharsets.ISO_8859_1));
        writeLarge(pile.resolve("huge.txt"), 20L * 1024 * 1024);
        Files.write(pile.resolve("cut.txt.gz"), truncatedGzip(GOOD.repeat(50)));
        Files.writeString(pile.resolve("good.txt"), GOOD);
        Path out = dir.resolve("out");

        CliRun run = CliRun.run(SharedEngine.holder(), "brief", "--no-progress", "--out", out.toString(),
                pile.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        List<String> lines = Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank()).toList();
        for (String bad : List.of("empty.txt", "picture.png", "latin1.txt", "huge.txt", "cut.txt.gz")) {
            assertThat(lines.stream().filter(l -> l.contains(bad))).as("lines naming " + bad + " in\n" + run.err())
                    .hasSize(1);
        }
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("empty.txt").containsIgnoringCase("empty"))
                .anySatisfy(l -> assertThat(l).contains("picture.png").containsIgnoringCase("binary"))
                .anySatisfy(l -> assertThat(l).contains("latin1.txt").contains("UTF-8"))
                .anySatisfy(l -> assertThat(l).contains("huge.txt").containsIgnoringCase("too large"))
                .anySatisfy(l -> assertThat(l).contains("cut.txt.gz").containsIgnoringCase("gzip"));
        assertThat(lines).noneMatch(l -> l.contains("good.txt: skipped"));
        assertThat(run.err()).doesNotContain("Exception\n").doesNotContain("\tat ");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith(".md")).anyMatch(n -> n.endsWith(".html")).anyMatch(n -> n.endsWith(".json"));
        }
        assertThat(run.out()).contains("1 stories");
    }

    @Test
    void aMissingPathIsNamedAndTheRunGoesOn(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
        CliRun run = CliRun.run(SharedEngine.holder(), "brief", "--no-progress", "--format", "json", "--out",
                dir.resolve("out").toString(), good.toString(), dir.resolve("missing.html").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("missing.html");
        assertThat(run.out()).contains("1 stories");
    }

    private static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89, 0, 0, 0, 0};
    }

    private static void writeLarge(Path file, long bytes) throws IOException {
        byte[] line = "This sentence is repeated to make a very large file for the size limit.\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += line.length) {
                out.write(line);
            }
        }
    }

    private static byte[] truncatedGzip(String text) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = buffer.toByteArray();
        return Arrays.copyOf(all, all.length / 2);
    }
}
