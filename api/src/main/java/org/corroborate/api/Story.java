package org.corroborate.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story: articles about one event.
 *
 * @param id          stable id derived from the member article ids
 * @param articleIds  member article ids in published order (input order where undated)
 * @param copies      syndication edges among the members
 * @param explanation why the members were grouped, for {@code --explain}
 */
public record Story(String id, List<String> articleIds, List<CopyEdge> copies, List<String> explanation) {

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        copies = List.copyOf(copies);
        explanation = List.copyOf(explanation);
    }

    /** The article that {@code articleId} copies, if it is a copy. */
    public Optional<String> copyOf(String articleId) {
        return copies.stream().filter(c -> c.articleId().equals(articleId)).map(CopyEdge::copyOf).findFirst();
    }
}
