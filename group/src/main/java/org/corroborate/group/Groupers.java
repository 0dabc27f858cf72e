package org.corroborate.group;

import java.util.Objects;

import org.corroborate.api.StoryGrouper;

/**
 * The factory of the group stage.
 *
 * <p>The standard grouper first sets site notices aside ({@link org.corroborate.text.SiteNotice}: archive placeholders,
 * script, sign-in and cookie walls, error pages scraped in place of an article): each stays a story of its own and
 * takes no part in copy detection, joins or merges. It then finds syndicated copies (exact Jaccard of word 5-shingles over the lower-cased clean
 * text, copy from 0.6; the original is the earliest published article, input order breaking ties). It then walks
 * the articles in published order (dated by publication instant, then undated in input order) and puts each into the
 * story with the best join score, or starts a new story; copies always join their original's story. The join score
 * is a logistic model over two similarities to a story: the cosine to its TF-IDF centroid and the cosine to the
 * centroid of its members' lead embeddings (title and first two sentences, all-MiniLM-L6-v2 quantised, run
 * in-process; a copy reuses its original's); it must reach 0 (probability one half), and, when both are dated,
 * the article must be no more than
 * 4 days from the story's date range. Finally stories are merged by group-average linkage, best pair first: while
 * two stories within 4 days of each other have a mean pairwise member TF-IDF cosine of at least 0.05 (for two
 * stories made mostly of headline-length texts, which share far fewer words: a mean pairwise score over TF-IDF and
 * lead-embedding cosines), they become one; each member of a merged story records the pass story it was placed in
 * ({@link org.corroborate.api.Story#mergedFrom()}). Candidate stories come from every story or from a Lucene index
 * (see {@link CandidateSearch}). Vectors are built from content lemmas, title words (counted twice), phrases (two
 * adjacent content words) and canonical entity ids, weighted by the square of the IDF over the whole batch, so that
 * the rare words and phrases that name one event count for more than shared topic words. See {@code GroupOptions}
 * for how the weights were fitted and chosen.
 */
public final class Groupers {

    private Groupers() {
    }

    /**
     * The standard grouper.
     *
     * @return a grouper; never null. It is thread-safe and deterministic: the same input list gives the same
     *         {@link org.corroborate.api.Grouping}, byte for byte. It loads the embedding model (about 23 MB, inside
     *         the jar) on its first non-empty call and keeps it, so keep one grouper per process. It throws {@link NullPointerException} for a null
     *         list or element and {@link IllegalArgumentException} for duplicate article ids.
     */
    public static StoryGrouper standard() {
        return new StandardGrouper(GroupOptions.defaults());
    }

    /**
     * The standard grouper embedding leads with {@code model}, so that a process that also embeds text elsewhere
     * (semantic search) loads the model once.
     *
     * @param model the sentence model; never null
     * @return a grouper with the contract of {@link #standard()}
     */
    public static StoryGrouper standard(SentenceModel model) {
        return new StandardGrouper(GroupOptions.defaults(), new LeadEmbedder(Objects.requireNonNull(model, "model")));
    }

    /**
     * The standard grouper with a chosen way of finding candidate stories.
     *
     * @param candidates how each article finds the stories it is scored against; never null
     * @return a grouper with the contract of {@link #standard()}
     */
    public static StoryGrouper standard(CandidateSearch candidates) {
        int indexFrom = switch (candidates) {
            case AUTO -> GroupOptions.DEFAULT_INDEX_FROM;
            case ALL -> Integer.MAX_VALUE;
            case INDEX -> 0;
        };
        return new StandardGrouper(GroupOptions.defaults().withIndexFrom(indexFrom));
    }

    /** How an article finds the stories it may join. */
    public enum CandidateSearch {
        /** Every story (exact; the cost per article grows with the number of stories). */
        ALL,
        /**
         * A Lucene index in a temporary directory, deleted after the call: the stories of the article's best BM25
         * hits over TF-IDF features and of its nearest lead embeddings (HNSW), plus an exact scan of the last 256
         * articles; the merge step compares only stories that find each other this way. The cost per article stays
         * bounded as the batch grows.
         */
        INDEX,
        /** {@link #ALL} below 10,000 articles, {@link #INDEX} from there (the default). */
        AUTO
    }
}
