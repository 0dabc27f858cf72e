package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * A cited brief of one story.
 *
 * @param storyId  the story
 * @param headline a headline for the story (the most central article's title, else its first sentence)
 * @param summary  extractive summary sentences, each cited
 * @param articles the story's articles
 * @param analysis the comparison the brief is drawn from
 * @param texts    the clean text of each article, in {@code articles} order, so renderers can show and check spans
 */
public record Brief(String storyId, String headline, List<BriefSentence> summary, List<ArticleSummary> articles,
                    StoryAnalysis analysis, List<String> texts) {

    public Brief {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(analysis, "analysis");
        summary = List.copyOf(summary);
        articles = List.copyOf(articles);
        texts = List.copyOf(texts);
        if (texts.size() != articles.size()) {
            throw new IllegalArgumentException("one text per article expected");
        }
    }
}
