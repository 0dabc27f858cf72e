package org.corroborate.ingest;

/**
 * Limits for reading inputs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxBytes        the largest file accepted, in bytes, as stored on disk (compressed size for {@code .gz}); &gt; 0
 * @param maxDecodedBytes the largest decompressed content accepted from a {@code .gz} file, in bytes; &gt; 0
 */
public record IngestOptions(long maxBytes, long maxDecodedBytes) {

    /** The default limit: 10 MiB for both sizes. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public IngestOptions {
        if (maxBytes <= 0 || maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("size limits must be positive: " + maxBytes + ", " + maxDecodedBytes);
        }
    }

    /** 10 MiB for both limits. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_BYTES);
    }

    /** The same limit, {@code megabytes} MiB, for both sizes. */
    public static IngestOptions ofMegabytes(double megabytes) {
        long bytes = (long) (megabytes * 1024 * 1024);
        return new IngestOptions(bytes, bytes);
    }
}
