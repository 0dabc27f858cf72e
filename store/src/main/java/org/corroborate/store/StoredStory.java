package org.corroborate.store;

import java.util.List;

/**
 * A story with its brief.
 *
 * @param summary    its listing line
 * @param briefJson  the brief exactly as {@code corroborate brief --format json} writes it (schema 2)
 * @param briefHtml  the brief as the self-contained HTML page of {@code --format html}
 * @param articleIds its articles, in story order
 */
public record StoredStory(StorySummary summary, String briefJson, String briefHtml, List<String> articleIds) {

    public StoredStory {
        articleIds = List.copyOf(articleIds);
    }
}
