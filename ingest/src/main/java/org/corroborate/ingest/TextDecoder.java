package org.corroborate.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text: strict UTF-8 for text and JSON; for HTML the charset from the BOM, then from a
 * {@code <meta>} declaration in the first 4 KB, else UTF-8 when valid, else windows-1252 with a warning.
 */
final class TextDecoder {

    private static final int META_WINDOW = 4096;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** Decoded text plus an optional warning. */
    record Decoded(String text, String warning) {
    }

    /** The charset announced by a byte-order mark, if any; the BOM length is its {@code bomLength}. */
    static Optional<Charset> bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /**
     * The text of a document's bytes, with the checks every input gets: binary content (unless a BOM announces
     * text), then decoding ({@link #html(byte[], String)} or {@link #strict(byte[])}), then blankness.
     *
     * @param html             whether the bytes are an HTML page
     * @param transportCharset the charset the transport announced (HTML only); null when none
     * @param what             what the bytes are, for the message on blank text ("file", "body")
     * @throws InputProblem when the bytes are binary, not valid text, or blank
     */
    static Decoded document(byte[] bytes, boolean html, String transportCharset, String what) throws InputProblem {
        if (bomCharset(bytes).isEmpty()) {
            Optional<String> binary = BinarySniffer.binaryReason(bytes);
            if (binary.isPresent()) {
                throw new InputProblem("binary content (" + binary.get() + "), not a text document");
            }
        }
        Decoded decoded = html ? html(bytes, transportCharset) : strict(bytes);
        if (decoded.text().isBlank()) {
            throw new InputProblem("empty " + what + " (only whitespace)");
        }
        return decoded;
    }

    /** Strict UTF-8 (or the BOM's charset); a problem naming the first bad byte otherwise. */
    static Decoded strict(byte[] bytes) throws InputProblem {
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            return new Decoded(decodeWithBom(bytes, bom.get()), null);
        }
        try {
            return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), null);
        } catch (MalformedInputException e) {
            throw new InputProblem("not valid UTF-8 (first bad byte at offset " + firstBadByte(bytes) + ")");
        } catch (CharacterCodingException e) {
            throw new InputProblem("not valid UTF-8");
        }
    }

    /**
     * HTML decoding as browsers do: BOM, then the transport's charset (an HTTP {@code Content-Type} parameter),
     * then a {@code <meta>} declaration, then UTF-8 validity, else windows-1252.
     *
     * @param transportCharset the charset label the transport announced; null when none
     */
    static Decoded html(byte[] bytes, String transportCharset) {
        Optional<Charset> bom = bomCharset(bytes);
        if (bom.isPresent()) {
            return new Decoded(decodeWithBom(bytes, bom.get()), null);
        }
        if (transportCharset != null) {
            Optional<Charset> announced = charsetFor(transportCharset.strip());
            if (announced.isPresent() && !announced.get().equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, announced.get()), null);
            }
            if (announced.isPresent()) {
                try {
                    return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), null);
                } catch (CharacterCodingException e) {
                    return new Decoded(new String(bytes, WINDOWS_1252), "announced UTF-8 but not valid UTF-8"
                            + " (first bad byte at offset " + firstBadByte(bytes) + "); read as windows-1252");
                }
            }
        }
        String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        String warning = null;
        Optional<String> declared = declaredCharset(head);
        if (declared.isPresent()) {
            Optional<Charset> charset = charsetFor(declared.get());
            if (charset.isEmpty()) {
                warning = "unknown charset \"" + declared.get() + "\" declared; ";
            } else if (!charset.get().equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, charset.get()), null);
            }
        }
        try {
            return new Decoded(decode(bytes, 0, StandardCharsets.UTF_8), warning == null ? null
                    : warning + "read as UTF-8");
        } catch (CharacterCodingException e) {
            String why = declared.isPresent() && warning == null ? "declared UTF-8 but not valid UTF-8"
                    : (warning == null ? "" : warning) + "no usable charset declared and not valid UTF-8";
            return new Decoded(new String(bytes, WINDOWS_1252), why + " (first bad byte at offset "
                    + firstBadByte(bytes) + "); read as windows-1252");
        }
    }

    static Optional<String> declaredCharset(String head) {
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher charset = CHARSET.matcher(meta.group());
            if (charset.find()) {
                return Optional.of(charset.group(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charsetFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
        if (lower.equals("iso-8859-1") || lower.equals("latin1") || lower.equals("us-ascii")
                || lower.equals("ascii") || lower.equals("iso8859-1")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static String decodeWithBom(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
        return new String(bytes, skip, bytes.length - skip, charset);
    }

    private static String decode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** The offset of the first byte where UTF-8 decoding fails; -1 when the bytes are valid. */
    static long firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            return -1;
        }
    }
}
