package org.corroborate.api;

import java.util.List;

/**
 * The brief stage: a cited extractive summary of one story.
 *
 * <p>Implementations are thread-safe.
 */
public interface Briefer {

    /**
     * @param story    the story
     * @param articles its articles, in {@code story.articleIds()} order
     * @param analysis the compare stage's output for the story
     * @return the brief; every citation indexes its article's clean text
     */
    Brief brief(Story story, List<AnnotatedArticle> articles, StoryAnalysis analysis);
}
