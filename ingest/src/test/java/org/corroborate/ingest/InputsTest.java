package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.corroborate.api.ContentType;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
        0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
        (byte) 0x90, 0x77, 0x53, (byte) 0xDE};

    @Test
    void badFilesEachGetOneProblemAndGoodOnesAreRead() throws IOException {
        Path pile = Files.createDirectories(dir.resolve("pile"));
        Files.write(pile.resolve("empty.txt"), new byte[0]);
        Files.write(pile.resolve("image.png"), PNG);
        Files.write(pile.resolve("disguised.txt"), PNG);
        Files.write(pile.resolve("latin1.txt"), "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1));
        try (RandomAccessFile big = new RandomAccessFile(pile.resolve("big.txt").toFile(), "rw")) {
            big.setLength(20L * 1024 * 1024);
        }
        byte[] gz = gzip("A long enough text that compresses into a gzip member. ".repeat(50));
        Files.write(pile.resolve("cut.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        Files.writeString(pile.resolve("good.txt"), "The mayor opened the bridge on Monday.\n");
        Files.writeString(pile.resolve("page.html"), "<html><body><p>Hello, bridge.</p></body></html>");
        Files.writeString(pile.resolve(".hidden.txt"), "never read");

        IngestResult result = Inputs.read(List.of(pile));

        String p = pile.toString();
        assertThat(result.documents()).extracting(RawDocument::source)
                .containsExactly(p + "/good.txt", p + "/page.html");
        assertThat(result.documents().get(0).type()).isEqualTo(ContentType.PLAIN_TEXT);
        assertThat(result.documents().get(1).type()).isEqualTo(ContentType.HTML);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(
                p + "/big.txt: skipped: too large: 20.0 MB, limit 10.0 MB (raise it with --max-input-mb)",
                p + "/cut.txt.gz: skipped: truncated or corrupt gzip data: unexpected end of data",
                p + "/disguised.txt: skipped: binary content (PNG image), not a text document",
                p + "/empty.txt: skipped: empty file",
                p + "/image.png: skipped: binary content (PNG image), not a text document; expected .html, .htm,"
                        + " .txt, .json, .jsonl, .warc (optionally .gz)",
                p + "/latin1.txt: skipped: not valid UTF-8 (first bad byte at offset 3)");
        assertThat(result.problems()).allMatch(pr -> pr.severity() == Problem.Severity.SKIPPED);
    }

    @Test
    void missingPathAndUnsupportedType() throws IOException {
        Path notes = dir.resolve("notes.docx");
        Files.writeString(notes, "some words");
        IngestResult result = Inputs.read(List.of(dir.resolve("nope"), notes));
        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).extracting(Problem::message).containsExactly("no such file or folder",
                "unsupported file type .docx; expected .html, .htm, .txt, .json, .jsonl, .warc (optionally .gz)");
    }

    @Test
    void aTextFileOfAnotherTypeInAFolderIsIgnoredWithAWarning() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pile"));
        Files.writeString(folder.resolve("README.md"), "# About this pile");
        Files.writeString(folder.resolve("story.txt"), "The mill reopened on Monday after a long winter.");
        IngestResult result = Inputs.read(List.of(folder));
        assertThat(result.documents()).hasSize(1);
        assertThat(result.problems()).extracting(Problem::toString).containsExactly(folder + "/README.md: warning: "
                + "ignored: unsupported file type .md; expected .html, .htm, .txt, .json, .jsonl, .warc (optionally .gz)");
    }

    @Test
    void jsonLinesAreReadWhateverTheFileIsCalled() throws IOException {
        Path lines = dir.resolve("records.txt");
        Files.writeString(lines, "{\"id\": \"r1\", \"text\": \"The dam held.\"}\nnot json\n");
        IngestResult result = Inputs.readJsonLines(lines, IngestOptions.defaults());
        assertThat(result.documents()).extracting(RawDocument::source).containsExactly(lines + ":1");
        assertThat(result.documents().get(0).hints().id()).isEqualTo("r1");
        assertThat(result.problems()).extracting(Problem::source).containsExactly(lines + ":2");
        assertThat(Inputs.readJsonLines(dir.resolve("absent.jsonl"), IngestOptions.defaults()).problems())
                .extracting(Problem::message).containsExactly("no such file or folder");
    }

    @Test
    void gzipIsReadAndDecodedSizeIsBounded() throws IOException {
        Path small = dir.resolve("small.txt.gz");
        Files.write(small, gzip("Zipped words.\n"));
        Path bomb = dir.resolve("bomb.txt.gz");
        Files.write(bomb, gzip("a".repeat(3 * 1024 * 1024)));
        IngestResult result = Inputs.read(List.of(small, bomb), new IngestOptions(1024 * 1024, 1024 * 1024));
        assertThat(result.documents()).singleElement().satisfies(d -> {
            assertThat(d.content()).isEqualTo("Zipped words.\n");
            assertThat(d.source()).isEqualTo(small.toString());
        });
        assertThat(result.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.source()).isEqualTo(bomb.toString());
            assertThat(pr.message()).startsWith("too large when decompressed: more than 1.0 MB");
        });
    }

    @Test
    void jsonlWithBadLinesKeepsTheGoodOnes() throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"r1\",\"url\":\"https://example.org/a\",\"title\":\"Bridge opens\",\"text\":\"It opened.\","
                        + "\"published\":\"2025-10-16\",\"outlet\":\"The Example\",\"authors\":[\"Ann Lee\",\"Bo Ng\"],"
                        + "\"lang\":\"en\"}",
                "[1, 2]",
                "",
                "{\"title\":\"no body here\"}",
                "{not json",
                "{\"html\":\"<p>Markup</p>\",\"source\":\"Site B\",\"author\":\"Cy Doe\",\"date\":\"2025-10-17T08:00:00Z\"}"));
        IngestResult result = Inputs.read(List.of(file));
        String f = file.toString();
        assertThat(result.documents()).extracting(RawDocument::source).containsExactly(f + ":1", f + ":6");
        RawDocument first = result.documents().get(0);
        assertThat(first.type()).isEqualTo(ContentType.PLAIN_TEXT);
        assertThat(first.hints().id()).isEqualTo("r1");
        assertThat(first.hints().outlet()).isEqualTo("The Example");
        assertThat(first.hints().byline()).containsExactly("Ann Lee", "Bo Ng");
        assertThat(first.hints().published()).isEqualTo("2025-10-16");
        assertThat(first.hints().language()).isEqualTo("en");
        RawDocument second = result.documents().get(1);
        assertThat(second.type()).isEqualTo(ContentType.HTML);
        assertThat(second.hints().outlet()).isEqualTo("Site B");
        assertThat(second.hints().byline()).containsExactly("Cy Doe");
        assertThat(second.hints().published()).isEqualTo("2025-10-17T08:00:00Z");
        assertThat(result.problems()).extracting(Problem::source).containsExactly(f + ":2", f + ":4", f + ":5");
        assertThat(result.problems().get(0).message()).isEqualTo("not a JSON object but array");
        assertThat(result.problems().get(1).message()).isEqualTo("no text, html or body field");
        assertThat(result.problems().get(2).message()).startsWith("not a JSON object: ");
    }

    @Test
    void jsonObjectAndArray() throws IOException {
        Path one = dir.resolve("one.json");
        Files.writeString(one, "{\"body\":\"Single.\",\"site\":\"S\",\"byline\":\"Di Roe\"}");
        Path many = dir.resolve("many.json");
        Files.writeString(many, "[{\"text\":\"First.\"}, 3, {\"text\":\"Third.\"}]");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"text\": ");
        IngestResult result = Inputs.read(List.of(one, many, broken));
        assertThat(result.documents()).extracting(RawDocument::source)
                .containsExactly(one.toString(), many + "#0", many + "#2");
        assertThat(result.problems()).extracting(Problem::toString).hasSize(2);
        assertThat(result.problems().get(0).source()).isEqualTo(many + "#1");
        assertThat(result.problems().get(1).source()).isEqualTo(broken.toString());
        assertThat(result.problems().get(1).message()).startsWith("invalid JSON: ");
    }

    @Test
    void htmlCharsetFromMetaAndFallbackWithWarning() throws IOException {
        Path declared = dir.resolve("declared.html");
        byte[] latin = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(declared, latin);
        Path undeclared = dir.resolve("undeclared.htm");
        Files.write(undeclared, "<p>na\u00efve \u20ac</p>".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path bom = dir.resolve("bom.html");
        Files.write(bom, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<p>\u00fcber</p>".getBytes(StandardCharsets.UTF_8)));
        IngestResult result = Inputs.read(List.of(declared, undeclared, bom));
        assertThat(result.documents()).hasSize(3);
        assertThat(result.documents().get(0).content()).contains("Caf\u00e9");
        assertThat(result.documents().get(1).content()).contains("na\u00efve \u20ac");
        assertThat(result.documents().get(2).content()).isEqualTo("<p>\u00fcber</p>");
        assertThat(result.problems()).singleElement().satisfies(pr -> {
            assertThat(pr.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(pr.source()).isEqualTo(undeclared.toString());
            assertThat(pr.message()).contains("read as windows-1252");
        });
    }

    @Test
    void sourceJoinsTheGivenPathWithTheRelativePath() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(nested.resolve("b.txt"), "Bee.");
        Files.writeString(dir.resolve("in/a.txt"), "Ay.");
        Files.createDirectories(dir.resolve("in/.git"));
        Files.writeString(dir.resolve("in/.git/c.txt"), "hidden");
        Path relative = Path.of("").toAbsolutePath().relativize(dir.resolve("in"));
        IngestResult result = Inputs.read(List.of(relative));
        assertThat(result.documents()).extracting(RawDocument::source)
                .containsExactly(relative + "/a.txt", relative + "/sub/b.txt");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void controlCharactersAreBinary() throws IOException {
        Path file = dir.resolve("noise.txt");
        byte[] noise = new byte[200];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 2 == 0 ? 'a' : 0x02);
        }
        Files.write(file, noise);
        assertThat(Inputs.read(List.of(file)).problems()).extracting(Problem::message)
                .containsExactly("binary content (control characters), not a text document");
    }

    @Test
    void optionsFromMegabytes() {
        assertThat(IngestOptions.ofMegabytes(20)).isEqualTo(new IngestOptions(20L << 20, 20L << 20));
        assertThat(IngestOptions.defaults().maxBytes()).isEqualTo(10L * 1024 * 1024);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IngestOptions(0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonTextIsReadAsAJsonFileWithOneProblemPerBadEntry() {
        IngestResult result = Inputs.fromJson("documents", "[{\"id\": \"a\", \"text\": \"The bridge opened.\","
                + " \"outlet\": \"Harbour News\", \"published\": \"2025-03-04\"},"
                + " {\"title\": \"no body\"}, {\"html\": \"<p>A page.</p>\", \"url\": \"https://example.org/a\"}]");

        assertThat(result.documents()).extracting(RawDocument::source).containsExactly("documents#0", "documents#2");
        assertThat(result.documents().get(0).hints().outlet()).isEqualTo("Harbour News");
        assertThat(result.documents().get(0).hints().published()).isEqualTo("2025-03-04");
        assertThat(result.documents().get(1).type()).isEqualTo(ContentType.HTML);
        assertThat(result.documents().get(1).hints().url()).isEqualTo("https://example.org/a");
        assertThat(result.problems()).extracting(Problem::source).containsExactly("documents#1");
        assertThat(result.problems().get(0).message()).contains("no text, html or body");

        assertThat(Inputs.fromJson("body", "{not json").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("invalid JSON"));
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
