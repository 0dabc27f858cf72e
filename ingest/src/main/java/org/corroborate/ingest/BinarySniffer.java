package org.corroborate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Recognises binary content by magic numbers, NUL bytes or a high share of control characters. */
final class BinarySniffer {

    private static final int SAMPLE = 8192;
    private static final double MAX_CONTROL_SHARE = 0.10;

    private BinarySniffer() {
    }

    /** The name of the file format when {@code bytes} start with a known binary signature. */
    static Optional<String> magic(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG image");
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWithAscii(bytes, "GIF87a") || startsWithAscii(bytes, "GIF89a")) {
            return Optional.of("GIF image");
        }
        if (startsWithAscii(bytes, "%PDF-")) {
            return Optional.of("PDF document");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 'P', 'K', 5, 6)) {
            return Optional.of("ZIP archive");
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return Optional.of("gzip data; name the file .gz to read it");
        }
        if (startsWithAscii(bytes, "RIFF") && bytes.length >= 12
                && new String(bytes, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return Optional.of("WebP image");
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
            return Optional.of("executable");
        }
        if (startsWith(bytes, 'I', 'I', 0x2A, 0) || startsWith(bytes, 'M', 'M', 0, 0x2A)) {
            return Optional.of("TIFF image");
        }
        return Optional.empty();
    }

    /**
     * Why {@code bytes} is not a text document, or empty when it looks like text. Call after any BOM was recognised:
     * UTF-16 text has NUL bytes.
     */
    static Optional<String> binaryReason(byte[] bytes) {
        Optional<String> magic = magic(bytes);
        if (magic.isPresent()) {
            return magic;
        }
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of("NUL bytes");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (n > 0 && control > n * MAX_CONTROL_SHARE) {
            return Optional.of("control characters");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAscii(byte[] bytes, String prefix) {
        return startsWith(bytes, prefix.chars().toArray());
    }
}
