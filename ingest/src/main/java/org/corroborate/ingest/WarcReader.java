package org.corroborate.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.corroborate.api.DocumentHints;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;

/**
 * Reads the pages archived in a WARC file (ISO 28500, versions 0.18 to 1.1), streaming record by record so an
 * archive of any size is read in bounded memory. {@code response} records with an HTTP 2xx status and an HTML or
 * plain-text body, and {@code resource} records of those types, become documents named {@code FILE#N} (N the
 * record's number, from 1) with the target URI as their URL; other records (requests, metadata, images, scripts,
 * redirects) are counted and reported in one warning. Chunked transfer coding and gzip/deflate content coding are
 * undone. A record over the size limit is skipped with a problem; a truncated archive ends the read with one.
 *
 * <p>Not thread-safe; one instance per file.
 */
final class WarcReader {

    private static final int MAX_HEADER_LINE = 64 * 1024;
    private static final int MAX_HEADER_LINES = 500;

    private final IngestOptions options;

    WarcReader(IngestOptions options) {
        this.options = options;
    }

    void read(Path file, String source, boolean gzip, Consumer<RawDocument> documents, Consumer<Problem> problems)
            throws IOException, InputProblem {
        if (Files.size(file) == 0) {
            throw new InputProblem("empty file");
        }
        int pages = 0;
        int ignored = 0;
        int record = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = new BufferedInputStream(gzip ? new GZIPInputStream(raw, 64 * 1024) : raw, 64 * 1024)) {
            while (true) {
                String version = firstLine(in);
                if (version == null) {
                    break;
                }
                record++;
                if (!version.startsWith("WARC/")) {
                    if (record == 1) {
                        throw new InputProblem("not a WARC file (it does not start with a WARC/ version line)");
                    }
                    problems.accept(Problem.skipped(source, "record " + record + ": expected a WARC/ version line,"
                            + " found \"" + clip(version) + "\"; the rest of the archive is not read"));
                    break;
                }
                Map<String, String> headers = headers(in);
                String name = source + "#" + record;
                long length = parseLength(headers.get("content-length"));
                if (length < 0) {
                    problems.accept(Problem.skipped(name, "record without a valid Content-Length; the rest of the"
                            + " archive is not read"));
                    break;
                }
                String type = headers.getOrDefault("warc-type", "").toLowerCase(Locale.ROOT);
                boolean wanted = type.equals("response") || type.equals("resource");
                if (!wanted) {
                    skipFully(in, length);
                    ignored++;
                    continue;
                }
                if (length > options.maxDecodedBytes()) {
                    skipFully(in, length);
                    problems.accept(Problem.skipped(name, "record too large: " + BoundedReader.megabytes(length)
                            + ", limit " + BoundedReader.megabytes(options.maxDecodedBytes())
                            + " (raise it with --max-input-mb)"));
                    continue;
                }
                byte[] block = in.readNBytes((int) length);
                if (block.length < length) {
                    problems.accept(Problem.skipped(name, "truncated record: " + block.length + " of " + length
                            + " bytes"));
                    break;
                }
                String url = headers.get("warc-target-uri");
                if (url != null && url.startsWith("<") && url.endsWith(">")) {
                    url = url.substring(1, url.length() - 1);
                }
                if (page(name, url, type, headers.get("content-type"), block, documents, problems)) {
                    pages++;
                } else {
                    ignored++;
                }
            }
        } catch (EOFException | ZipException e) {
            problems.accept(Problem.skipped(source, "truncated or corrupt archive after record " + record + ": "
                    + (e.getMessage() == null ? "unexpected end of data" : e.getMessage())));
        }
        if (pages == 0 && record > 0) {
            problems.accept(Problem.skipped(source, "no HTML or text pages among its " + record + " records"));
        } else if (ignored > 0) {
            problems.accept(Problem.warning(source, pages + " pages read; " + ignored + " other records ignored"
                    + " (requests, metadata, redirects, errors, non-text content)"));
        }
    }

    /** Adds the page in {@code block}; false when the record holds no article-like page. */
    private boolean page(String name, String url, String warcType, String contentType, byte[] block,
                         Consumer<RawDocument> documents, Consumer<Problem> problems) throws IOException {
        String bodyType = contentType;
        byte[] body = block;
        if (warcType.equals("response")) {
            if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/http")) {
                return false;
            }
            HttpMessage message = HttpMessage.parse(block);
            if (message == null || message.status() < 200 || message.status() > 299) {
                return false;
            }
            bodyType = message.header("content-type");
            body = message.body();
        }
        String media = MediaTypes.mediaType(bodyType);
        if (!media.isEmpty() && !media.equals("text/html") && !media.equals("application/xhtml+xml")
                && !media.equals("text/plain")) {
            return false;
        }
        List<Problem> found = new ArrayList<>();
        try {
            DocumentHints hints = new DocumentHints(null, url, null, null, List.of(), null, null);
            documents.accept(MediaTypes.document(name, body, bodyType, hints, options, found));
            found.forEach(problems);
            return true;
        } catch (InputProblem e) {
            problems.accept(Problem.skipped(name + (url == null ? "" : " (" + url + ")"), e.getMessage()));
            return false;
        }
    }

    /** The next non-empty line, or null at the end of the stream. */
    private static String firstLine(InputStream in) throws IOException {
        String line;
        do {
            line = line(in);
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        return line.strip();
    }

    /** Header lines up to the blank line, names lower-cased; continuation lines are folded. */
    static Map<String, String> headers(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (int i = 0; i < MAX_HEADER_LINES; i++) {
            String line = line(in);
            if (line == null) {
                throw new EOFException("end of data inside a header");
            }
            if (line.isEmpty()) {
                return headers;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                headers.put(last, headers.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(last, line.substring(colon + 1).strip());
            }
        }
        throw new IOException("more than " + MAX_HEADER_LINES + " header lines");
    }

    /** One line without its CR LF (ISO-8859-1), or null at the end of the stream. */
    static String line(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                break;
            }
            if (out.size() >= MAX_HEADER_LINE) {
                throw new IOException("header line longer than " + MAX_HEADER_LINE + " bytes");
            }
            out.write(b);
        }
        if (b < 0 && out.size() == 0) {
            return null;
        }
        String line = out.toString(StandardCharsets.ISO_8859_1);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static long parseLength(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void skipFully(InputStream in, long length) throws IOException {
        long left = length;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("end of data inside a record");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** An HTTP response as archived: status, headers, and the body with transfer and content coding undone. */
    record HttpMessage(int status, Map<String, String> headers, byte[] body) {

        String header(String name) {
            return headers.get(name);
        }

        /** Null when {@code block} does not start with an HTTP status line. */
        static HttpMessage parse(byte[] block) throws IOException {
            InputStream in = new ByteArrayInputStream(block);
            String statusLine = line(in);
            if (statusLine == null || !statusLine.startsWith("HTTP/")) {
                return null;
            }
            String[] parts = statusLine.split(" ", 3);
            int status;
            try {
                status = parts.length < 2 ? -1 : Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                return null;
            }
            Map<String, String> headers;
            try {
                headers = WarcReader.headers(in);
            } catch (EOFException e) {
                return null;
            }
            byte[] body = in.readAllBytes();
            if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").strip())) {
                body = Codings.unchunk(body);
            }
            body = Codings.decode(body, headers.get("content-encoding"));
            return new HttpMessage(status, headers, body);
        }
    }
}
