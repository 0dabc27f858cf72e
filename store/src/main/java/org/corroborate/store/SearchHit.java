package org.corroborate.store;

/**
 * One search hit.
 *
 * @param articleId the article
 * @param title     its headline; null when unknown
 * @param outlet    its outlet
 * @param score     Lucene's relevance score
 * @param storyId   the story the article is in; null when it is in none
 */
public record SearchHit(String articleId, String title, String outlet, float score, String storyId) {

    /** This hit in {@code story}. */
    SearchHit inStory(String story) {
        return new SearchHit(articleId, title, outlet, score, story);
    }
}
