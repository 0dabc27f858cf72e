package org.corroborate.engine;

import java.util.List;
import java.util.Objects;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Brief;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;

/**
 * One story of a run with everything computed for it.
 *
 * @param story    the story
 * @param articles its annotated articles, in {@code story.articleIds()} order
 * @param analysis the comparison
 * @param brief    the cited brief
 */
public record StoryResult(Story story, List<AnnotatedArticle> articles, StoryAnalysis analysis, Brief brief) {

    public StoryResult {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(brief, "brief");
        articles = List.copyOf(articles);
    }

    /** The number of distinct outlets among the articles. */
    public int outletCount() {
        return (int) articles.stream().map(a -> a.article().outlet()).distinct().count();
    }
}
