package org.corroborate.group;

import org.corroborate.api.StoryGrouper;

/**
 * The factory of the group stage.
 *
 * <p>The standard grouper first finds syndicated copies (exact Jaccard of word 5-shingles over the lower-cased clean
 * text, copy from 0.6; the original is the earliest published article, input order breaking ties). It then walks
 * the articles in published order (dated by publication instant, then undated in input order) and puts each into the
 * story whose TF-IDF centroid is most similar (cosine from 0.20, and, when both are dated, no more than 4 days from
 * the story's date range), or starts a new story; copies always join their original's story. Finally stories are
 * merged by group-average linkage, best pair first: while two stories within 4 days of each other have a mean
 * pairwise member cosine of at least 0.15 (0.05 when both are made mostly of headline-length texts, which share far
 * fewer words), they become one. Vectors are built from content
 * lemmas, title words (counted twice) and canonical entity ids, with IDF over the whole batch.
 */
public final class Groupers {

    private Groupers() {
    }

    /**
     * The standard grouper.
     *
     * @return a grouper; never null. It is thread-safe and deterministic: the same input list gives the same
     *         {@link org.corroborate.api.Grouping}, byte for byte. It throws {@link NullPointerException} for a null
     *         list or element and {@link IllegalArgumentException} for duplicate article ids.
     */
    public static StoryGrouper standard() {
        return new StandardGrouper(GroupOptions.defaults());
    }
}
