package org.corroborate.api;

import java.util.List;

/**
 * The stories found in a set of articles; every article is in exactly one story.
 *
 * @param stories the stories, largest first, ties by id
 */
public record Grouping(List<Story> stories) {

    public Grouping {
        stories = List.copyOf(stories);
    }
}
