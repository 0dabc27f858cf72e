package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
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

/** WARC archives: pages come out with their URLs, everything else is counted, damage is reported. */
class WarcReaderTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><title>Bridge closed</title></head><body><article>"
            + "<p>The harbour bridge closed on Monday after inspectors found a crack in a main girder.</p>"
            + "</article></body></html>";

    @Test
    void responsePagesAreReadWithTheirUrlsAndOtherRecordsAreCounted() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(warc))) {
            out.write(record("warcinfo", null, "application/warc-fields", "software: test\r\n".getBytes()));
            out.write(record("request", "https://news.example/a", "application/http; msgtype=request",
                    "GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes()));
            out.write(record("response", "https://news.example/a", "application/http; msgtype=response",
                    http("200 OK", "text/html; charset=UTF-8", PAGE.getBytes(StandardCharsets.UTF_8), false)));
            out.write(record("response", "https://news.example/b", "application/http; msgtype=response",
                    http("200 OK", "text/html; charset=windows-1252",
                            PAGE.replace("Bridge", "Caf\u00e9").getBytes(Charset.forName("windows-1252")), true)));
            out.write(record("response", "https://news.example/old", "application/http; msgtype=response",
                    http("301 Moved Permanently", "text/html", new byte[0], false)));
            out.write(record("response", "https://news.example/logo.png", "application/http; msgtype=response",
                    http("200 OK", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, false)));
            out.write(record("resource", "file:///notes.txt", "text/plain",
                    "A plain note about the bridge.".getBytes(StandardCharsets.UTF_8)));
        }
        IngestResult result = Inputs.read(List.of(warc));

        assertThat(result.documents()).extracting(d -> d.hints().url())
                .containsExactly("https://news.example/a", "https://news.example/b", "file:///notes.txt");
        RawDocument chunked = result.documents().get(1);
        assertThat(chunked.type()).isEqualTo(ContentType.HTML);
        assertThat(chunked.content()).contains("Caf\u00e9 closed").contains("inspectors found a crack");
        assertThat(chunked.source()).isEqualTo(warc + "#4");
        assertThat(result.documents().get(2).type()).isEqualTo(ContentType.PLAIN_TEXT);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("3 pages read; 4 other records ignored");
        });
    }

    @Test
    void truncatedArchiveKeepsThePagesBeforeTheDamage() throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(record("response", "https://news.example/a", "application/http; msgtype=response",
                http("200 OK", "text/html", PAGE.getBytes(StandardCharsets.UTF_8), false)));
        whole.write(record("response", "https://news.example/b", "application/http; msgtype=response",
                http("200 OK", "text/html", PAGE.getBytes(StandardCharsets.UTF_8), false)));
        byte[] bytes = whole.toByteArray();
        Path warc = dir.resolve("cut.warc");
        Files.write(warc, Arrays.copyOf(bytes, bytes.length - 60));

        IngestResult result = Inputs.read(List.of(warc));

        assertThat(result.documents()).extracting(d -> d.hints().url()).containsExactly("https://news.example/a");
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.SKIPPED);
            assertThat(p.source()).isEqualTo(warc + "#2");
            assertThat(p.message()).startsWith("truncated record");
        });
    }

    @Test
    void aFileThatIsNotAWarcIsSkippedWithItsName() throws IOException {
        Path fake = dir.resolve("fake.warc");
        Files.writeString(fake, "<html><body>not an archive</body></html>");
        Path empty = dir.resolve("empty.warc");
        Files.write(empty, new byte[0]);

        IngestResult result = Inputs.read(List.of(fake, empty));

        assertThat(result.documents()).isEmpty();
        assertThat(result.problems()).extracting(Problem::source, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(fake.toString(),
                        "not a WARC file (it does not start with a WARC/ version line)"),
                org.assertj.core.groups.Tuple.tuple(empty.toString(), "empty file"));
    }

    @Test
    void httpBodiesAreDecodedByTheirHeaderCharset() {
        byte[] latin = "<p>Caf\u00e9 reopened</p>".getBytes(Charset.forName("ISO-8859-1"));
        IngestResult result = Inputs.fromBytes("https://news.example/c", latin, "text/html; charset=ISO-8859-1",
                org.corroborate.api.DocumentHints.NONE, IngestOptions.defaults());
        assertThat(result.documents()).singleElement().extracting(RawDocument::content)
                .isEqualTo("<p>Caf\u00e9 reopened</p>");

        IngestResult pdf = Inputs.fromBytes("https://news.example/d.pdf", "%PDF-1.4".getBytes(),
                "application/pdf", org.corroborate.api.DocumentHints.NONE, IngestOptions.defaults());
        assertThat(pdf.documents()).isEmpty();
        assertThat(pdf.problems()).singleElement().extracting(Problem::message)
                .isEqualTo("content type application/pdf is not an article (expected text/html or text/plain)");
    }

    private static byte[] http(String status, String contentType, byte[] body, boolean chunkedGzip)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\n").getBytes());
        if (chunkedGzip) {
            ByteArrayOutputStream gz = new ByteArrayOutputStream();
            try (OutputStream zip = new GZIPOutputStream(gz)) {
                zip.write(body);
            }
            byte[] coded = gz.toByteArray();
            out.write("Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes());
            int half = coded.length / 2;
            out.write((Integer.toHexString(half) + "\r\n").getBytes());
            out.write(coded, 0, half);
            out.write(("\r\n" + Integer.toHexString(coded.length - half) + "\r\n").getBytes());
            out.write(coded, half, coded.length - half);
            out.write("\r\n0\r\n\r\n".getBytes());
        } else {
            out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes());
            out.write(body);
        }
        return out.toByteArray();
    }

    private static byte[] record(String type, String uri, String contentType, byte[] block) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("WARC/1.0\r\nWARC-Type: " + type + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2025-03-04T10:00:00Z\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + block.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(block);
        out.write("\r\n\r\n".getBytes());
        return out.toByteArray();
    }
}
