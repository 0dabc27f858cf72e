package org.corroborate.store;

import java.util.List;

/**
 * A page of stories.
 *
 * @param total   stories matching the filters, over all pages
 * @param limit   the page size asked for
 * @param offset  the offset asked for
 * @param stories this page's stories; never null
 */
public record StoryPage(int total, int limit, int offset, List<StorySummary> stories) {

    public StoryPage {
        stories = List.copyOf(stories);
    }
}
