package org.corroborate.store;

import java.util.Objects;

/**
 * One change to a story, recorded when the stored articles changed: an article joined, an article was edited, a
 * fact appeared, a number was revised, or two stories merged.
 *
 * @param storyId   the story (its id at the time of the change)
 * @param at        when the change was stored, ISO-8601 instant
 * @param kind      {@code new_article}, {@code edited_article}, {@code new_fact}, {@code revised_number} or
 *                  {@code merged}
 * @param articleId the article concerned; null for fact changes
 * @param text      the fact text (fact changes), the article title (article changes), or the merged story's
 *                  headline; never null
 * @param detail    for {@code revised_number}: the values before and after ("120 firefighter → 80 firefighter");
 *                  for {@code edited_article}: the version number; for {@code merged}: the merged story's id;
 *                  null otherwise
 */
public record StoryChange(String storyId, String at, String kind, String articleId, String text, String detail) {

    public StoryChange {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
