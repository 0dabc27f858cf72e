package org.corroborate.api;

import java.util.List;

/**
 * Metadata that came with a document from outside its content, e.g. the fields of a JSONL record. Every field is
 * nullable (unknown); {@code byline} is never null. Hints win over what extraction finds in the content.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        an id given by the user, used as the article id when present
 * @param url       the URL the document was fetched from
 * @param title     the headline
 * @param outlet    the publishing outlet's name
 * @param byline    author names
 * @param published publication date or date-time, ISO-8601 ({@code 2025-10-16} or {@code 2025-10-16T18:00:00Z})
 * @param language  ISO 639-1 code
 */
public record DocumentHints(String id, String url, String title, String outlet, List<String> byline,
                            String published, String language) {

    /** No hints at all. */
    public static final DocumentHints NONE = new DocumentHints(null, null, null, null, List.of(), null, null);

    public DocumentHints {
        byline = byline == null ? List.of() : List.copyOf(byline);
    }
}
