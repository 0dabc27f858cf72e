package org.corroborate.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;

/**
 * Turns a body with its {@code Content-Type} header (from HTTP or a WARC record) into a document, with the checks
 * files get. Stateless.
 */
final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * @param problems receives warnings (e.g. a charset that did not decode cleanly)
     * @throws InputProblem when the body is empty, too large, binary, or of a type that is not an article
     */
    static RawDocument document(String source, byte[] body, String contentType, DocumentHints hints,
                                IngestOptions options, List<Problem> problems) throws InputProblem {
        if (body.length == 0) {
            throw new InputProblem("empty body");
        }
        if (body.length > options.maxDecodedBytes()) {
            throw new InputProblem("too large: " + BoundedReader.megabytes(body.length) + ", limit "
                    + BoundedReader.megabytes(options.maxDecodedBytes()) + " (raise it with --max-input-mb)");
        }
        String mediaType = mediaType(contentType);
        boolean html;
        if (mediaType.isEmpty()) {
            html = true;
        } else if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) {
            html = true;
        } else if (mediaType.equals("text/plain")) {
            html = false;
        } else {
            throw new InputProblem("content type " + mediaType + " is not an article (expected text/html or"
                    + " text/plain)");
        }
        TextDecoder.Decoded decoded = TextDecoder.document(body, html, charset(contentType).orElse(null), "body");
        if (decoded.warning() != null) {
            problems.add(Problem.warning(source, decoded.warning()));
        }
        return new RawDocument(source, html ? ContentType.HTML : ContentType.PLAIN_TEXT, decoded.text(), hints);
    }

    /** {@code text/html} for {@code Text/HTML; charset=UTF-8}; empty for null or blank. */
    static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of a {@code Content-Type} value, unquoted. */
    static Optional<String> charset(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).strip().replace("\"", "").replace("'", "");
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
