package org.corroborate.group;

import org.corroborate.text.SparseVector;

/**
 * Retrieves the stories an article may join, so that {@link StoryClusterer} scores a few candidates instead of every
 * story. The clusterer tells it about every article it places, in processing order.
 *
 * <p>Not thread-safe: one instance per clustering run. {@link #close()} releases what it holds (an index on disk).
 */
interface Candidates extends AutoCloseable {

    /**
     * The stories worth scoring for an article, ascending, without repeats.
     *
     * @param vector    the article's unit TF-IDF vector; never null
     * @param embedding the article's unit lead embedding; never null, empty when there is none
     * @return story indices; never null
     */
    int[] candidates(SparseVector vector, float[] embedding);

    /**
     * Records that an article was placed in a story (a new one or an existing one).
     *
     * @param story     the story index (stories are numbered 0, 1, 2, ... as they are created)
     * @param vector    the article's unit TF-IDF vector; never null
     * @param embedding the article's unit lead embedding; never null, empty when there is none
     */
    void add(int story, SparseVector vector, float[] embedding);

    /** Whether every story is always a candidate (then the merge step compares every pair of stories). */
    default boolean exhaustive() {
        return false;
    }

    /** Releases resources; the default does nothing. */
    @Override
    default void close() {
    }

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
            public boolean exhaustive() {
                return true;
            }

            @Override
            public void add(int story, SparseVector vector, float[] embedding) {
                count = Math.max(count, story + 1);
            }
        };
    }
}
