package org.corroborate.api;

import java.util.List;

/**
 * The compare stage: facts, numbers, quote variants and timeline of one story.
 *
 * <p>Implementations are thread-safe.
 */
public interface StoryComparer {

    /**
     * @param story    the story
     * @param articles its articles, in {@code story.articleIds()} order
     * @return the analysis; never null
     */
    StoryAnalysis compare(Story story, List<AnnotatedArticle> articles);
}
