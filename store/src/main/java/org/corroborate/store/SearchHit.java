package org.corroborate.store;

/**
 * One full-text search hit.
 *
 * @param articleId the article
 * @param title     its headline; null when unknown
 * @param outlet    its outlet
 * @param score     Lucene's relevance score
 */
public record SearchHit(String articleId, String title, String outlet, float score) {
}
