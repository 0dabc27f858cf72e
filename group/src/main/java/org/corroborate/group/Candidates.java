package org.corroborate.group;

import org.corroborate.text.SparseVector;

/**
 * Retrieves the stories an article may join, so that {@link StoryClusterer} scores a few candidates instead of every
 * story. The clusterer tells it each story's current centroid after every change.
 *
 * <p>Not thread-safe: one instance per clustering run.
 */
interface Candidates {

    /**
     * The stories worth scoring for an article, ascending, without repeats.
     *
     * @param vector    the article's unit TF-IDF vector; never null
     * @param embedding the article's unit lead embedding; never null, empty when there is none
     * @return story indices; never null
     */
    int[] candidates(SparseVector vector, float[] embedding);

    /**
     * Records the current state of a story (new or grown).
     *
     * @param story        the story index (stories are numbered 0, 1, 2, ... as they are created)
     * @param centroid     the sum of its members' TF-IDF vectors; never null
     * @param embeddingSum the sum of its members' embeddings; null when there are none
     */
    void update(int story, SparseVector centroid, double[] embeddingSum);

    /** Every story is a candidate: exact, linear in the number of stories per article. */
    static Candidates all() {
        return new Candidates() {
            private int count;

            @Override
            public int[] candidates(SparseVector vector, float[] embedding) {
                int[] all = new int[count];
                for (int i = 0; i < count; i++) {
                    all[i] = i;
                }
                return all;
            }

            @Override
            public void update(int story, SparseVector centroid, double[] embeddingSum) {
                count = Math.max(count, story + 1);
            }
        };
    }
}
