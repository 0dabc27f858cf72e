package org.corroborate.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads benchmark HTML files and decodes their bytes, simply: a byte-order mark wins; else a charset declared in a
 * {@code <meta>} tag within the first 4 KB ({@code <meta charset=...>} or {@code content="...; charset=..."}); else
 * UTF-8. Malformed input is replaced, never rejected. As browsers do, a declared {@code iso-8859-1}, {@code latin1} or
 * {@code us-ascii} is read as windows-1252, and a declared UTF-16 (impossible in an ASCII-compatible prefix) as UTF-8.
 *
 * <p>Stateless and thread-safe.
 */
final class HtmlBytes {

    /** How far into the file a meta charset is looked for. */
    static final int PRESCAN = 4096;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private HtmlBytes() {
    }

    /** The content of {@code file}, gunzipped when its name ends in {@code .gz}, decoded as described above. */
    static String read(Path file) throws IOException {
        byte[] bytes;
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        return decode(bytes);
    }

    /** {@code bytes} decoded as described above; never null. */
    static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return new String(bytes, declaredCharset(bytes));
    }

    /** The charset declared by a meta tag in the first {@link #PRESCAN} bytes, else UTF-8. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii":
                name = "windows-1252";
                break;
            case "utf-16", "utf-16le", "utf-16be", "utf8", "unicode":
                return StandardCharsets.UTF_8;
            default:
                break;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
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
}
