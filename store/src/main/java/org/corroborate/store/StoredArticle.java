package org.corroborate.store;

/**
 * The latest version of a stored article. {@code id}, {@code source}, {@code outlet}, {@code text},
 * {@code contentHash} and {@code fetchedAt} are never null; the others are null when unknown.
 *
 * @param id          the article id
 * @param source      the input it was last read from
 * @param url         its URL
 * @param outlet      its outlet
 * @param title       its headline
 * @param published   publication date or date-time
 * @param text        the clean text every span of a brief indexes
 * @param contentHash SHA-256 (hex) of the title and clean text of this version
 * @param version     this version's number, from 1
 * @param fetchedAt   when this version was stored, ISO-8601 instant
 * @param storyId     the story it belongs to; null when it is in none
 */
public record StoredArticle(String id, String source, String url, String outlet, String title, String published,
                            String text, String contentHash, int version, String fetchedAt, String storyId) {
}
