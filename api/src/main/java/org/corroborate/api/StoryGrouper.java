package org.corroborate.api;

import java.util.List;

/**
 * The group stage: syndicated copies and stories.
 *
 * <p>Implementations are thread-safe; the same input always gives the same output.
 */
public interface StoryGrouper {

    /**
     * @param articles annotated articles, in any order; ids are unique
     * @return every article in exactly one story
     */
    Grouping group(List<AnnotatedArticle> articles);
}
