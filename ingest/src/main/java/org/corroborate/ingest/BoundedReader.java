package org.corroborate.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a file's bytes, gunzipping {@code .gz} files as a stream, never beyond the configured limits. */
final class BoundedReader {

    private static final int BUFFER = 64 * 1024;

    private final IngestOptions options;

    BoundedReader(IngestOptions options) {
        this.options = options;
    }

    /** The limits this reader applies. */
    IngestOptions options() {
        return options;
    }

    /** The (decompressed) bytes of {@code file}. */
    byte[] read(Path file, boolean gzip) throws InputProblem, IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new InputProblem("empty file");
        }
        if (size > options.maxBytes()) {
            throw new InputProblem("too large: " + megabytes(size) + ", limit " + megabytes(options.maxBytes())
                    + " (raise it with --max-input-mb)");
        }
        if (!gzip) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), BUFFER)) {
            return readBounded(in);
        } catch (EOFException e) {
            throw new InputProblem("truncated or corrupt gzip data: unexpected end of data");
        } catch (ZipException e) {
            throw new InputProblem("truncated or corrupt gzip data: " + reason(e));
        }
    }

    private byte[] readBounded(InputStream in) throws IOException, InputProblem {
        long limit = options.maxDecodedBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new InputProblem("too large when decompressed: more than " + megabytes(limit) + ", limit "
                        + megabytes(limit) + " (raise it with --max-input-mb)");
            }
            out.write(buffer, 0, n);
        }
        if (total == 0) {
            throw new InputProblem("empty file (empty after decompression)");
        }
        return out.toByteArray();
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : message.toLowerCase(Locale.ROOT);
    }

    /** {@code 20.0 MB} for 20 MiB. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
