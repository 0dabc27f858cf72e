package org.corroborate.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * HTTP transfer and content codings: chunked, gzip, deflate. Stateless. A body whose coding is broken is returned
 * as far as it decoded, never thrown away.
 */
public final class Codings {

    private Codings() {
    }

    /**
     * Undoes a {@code Content-Encoding}; identity and unknown codings return the bytes unchanged.
     *
     * @param body   the coded body; never null
     * @param coding the header value; null for identity
     * @return the decoded body; never null
     * @throws IOException when gzip or deflate data is corrupt
     */
    public static byte[] decode(byte[] body, String coding) throws IOException {
        if (coding == null) {
            return body;
        }
        String name = coding.strip().toLowerCase(Locale.ROOT);
        if (name.equals("gzip") || name.equals("x-gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            }
        }
        if (name.equals("deflate")) {
            try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body))) {
                return in.readAllBytes();
            }
        }
        return body;
    }

    /** Joins the chunks of a chunked body; stops at the last chunk or where the framing breaks. */
    static byte[] unchunk(byte[] body) throws IOException {
        InputStream in = new ByteArrayInputStream(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
        while (true) {
            String sizeLine = WarcReader.line(in);
            if (sizeLine == null) {
                break;
            }
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                if (out.size() == 0) {
                    return body;
                }
                break;
            }
            if (size == 0) {
                break;
            }
            out.write(in.readNBytes(size));
            WarcReader.line(in);
        }
        return out.toByteArray();
    }
}
