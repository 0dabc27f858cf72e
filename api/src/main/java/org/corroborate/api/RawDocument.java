package org.corroborate.api;

import java.util.Objects;

/**
 * One input document as read, before extraction: decoded text plus how to read it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source  how the user named it: a path, or {@code path:line} for a JSONL record; never null
 * @param type    HTML or plain text; never null
 * @param content the decoded content; never null, may be empty
 * @param hints   metadata given with the document; never null (use {@link DocumentHints#NONE})
 */
public record RawDocument(String source, ContentType type, String content, DocumentHints hints) {

    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        hints = hints == null ? DocumentHints.NONE : hints;
    }
}
