package org.corroborate.store;

/**
 * One stored version of an article's content.
 *
 * @param version     its number, from 1
 * @param contentHash SHA-256 (hex) of its title and clean text
 * @param title       its headline; null when unknown
 * @param text        its clean text
 * @param fetchedAt   when it was stored, ISO-8601 instant
 */
public record ArticleVersion(int version, String contentHash, String title, String text, String fetchedAt) {
}
