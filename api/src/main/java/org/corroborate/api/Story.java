package org.corroborate.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A story: articles about one event.
 *
 * @param id          stable id derived from the member article ids
 * @param articleIds  member article ids in published order (input order where undated)
 * @param copies      syndication edges among the members
 * @param explanation why the members were grouped, for {@code --explain}
 * @param mergedFrom  when this story was formed by merging stories of the online pass: each member's id to the id of
 *                    the pass story it was placed in on arrival (derived from that story's members the same way);
 *                    empty when the story was never merged. Never null.
 */
public record Story(String id, List<String> articleIds, List<CopyEdge> copies, List<String> explanation,
                    Map<String, String> mergedFrom) {

    public Story {
        Objects.requireNonNull(id, "id");
        articleIds = List.copyOf(articleIds);
        copies = List.copyOf(copies);
        explanation = List.copyOf(explanation);
        mergedFrom = Map.copyOf(mergedFrom);
    }

    /** A story that was never merged ({@code mergedFrom} empty). */
    public Story(String id, List<String> articleIds, List<CopyEdge> copies, List<String> explanation) {
        this(id, articleIds, copies, explanation, Map.of());
    }

    /** The article that {@code articleId} copies, if it is a copy. */
    public Optional<String> copyOf(String articleId) {
        return copies.stream().filter(c -> c.articleId().equals(articleId)).map(CopyEdge::copyOf).findFirst();
    }

    /** The id of the online pass story {@code articleId} was placed in, when a later merge formed this story. */
    public Optional<String> mergedFrom(String articleId) {
        return Optional.ofNullable(mergedFrom.get(articleId));
    }
}
