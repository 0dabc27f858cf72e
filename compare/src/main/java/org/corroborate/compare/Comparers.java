package org.corroborate.compare;

import org.corroborate.api.StoryComparer;

/**
 * The factory of the compare stage.
 *
 * <p>The standard comparer aligns sentences across a story's articles into facts (content-lemma TF-IDF cosine with IDF
 * over the story's sentences, +0.075 per shared entity up to +0.15, +0.1 for a shared compatible quantity; united
 * greedily from 0.4, from 0.5 when the numbers conflict; never two sentences of one article in a fact), counts each
 * fact's independent sources (copies and same-outlet articles count once), compares the quantities inside each
 * fact's mentions (same unit; 5% tolerance, 25% when hedged), groups quote renderings by speaker and wording, and
 * builds a timeline from resolved dates.
 */
public final class Comparers {

    private Comparers() {
    }

    /**
     * The standard comparer.
     *
     * @return a comparer; never null. It is thread-safe and deterministic (the same story and articles give the same
     *         analysis, byte for byte). It throws {@link NullPointerException} for a null story, list or element;
     *         {@code articles} may come in any order (they are put in {@code story.articleIds()} order).
     */
    public static StoryComparer standard() {
        return new StandardComparer(CompareOptions.defaults());
    }
}
