package org.corroborate.group;

/**
 * The knobs of the standard grouper.
 *
 * <p>Defaults: copy from shingle Jaccard 0.6 (verbatim copies with another header score 0.8+, separate reports of
 * one event rarely 0.2).
 *
 * <p>{@code join}: {@code -3.319 + 6.592 * tfidf + 3.339 * lead >= 0}, a logistic model fitted (Newton's method, no
 * regularisation) on the UCI headline file only (6,366 titles shuffled with seed 13, naive tokens, all undated). Its
 * rows imitate the decision the single pass makes: walking the stream in order with the gold stories so far, each
 * headline gives one positive row (its own story, when it has earlier members) and one negative row (the other story
 * with the highest tfidf + lead cosine): 12,644 rows. Multi-News was not used for it and serves as the held-out
 * check. Fitted the same way on Multi-News, the lead weight comes out negative (-2.1): untitled Multi-News articles
 * often open with scrape boilerplate, so on full texts the lead embedding adds little beyond TF-IDF. A logistic fit
 * over all (article, gold story) pairs puts far more weight on the lead (UCI {@code -8.38, 7.13, 10.93}) but its
 * 0.5 cut is much too strict for clustering (UCI pairwise F1 0.39).
 *
 * <p>{@code merge} (full texts): unchanged from the TF-IDF-only grouper, mean pairwise cosine at least 0.15 (tuned
 * earlier on the 690 pooled Multi-News documents: 0.12-0.20 all give BCubed F1 0.82-0.83).
 *
 * <p>{@code shortMerge} (headlines): {@code -1.25 + 6.592 * tfidf + 3.339 * lead >= 0}, the join weights with the
 * intercept picked on the UCI file (-1.0: pairwise F1 0.759, -1.25: 0.788, -1.5: 0.780, -2.0: 0.734). Two headlines
 * of one story share one or two content words out of six to ten, so mean pairwise cosines sit far below the
 * article-to-centroid ones the join model sees.
 *
 * <p>{@code shortTerms} 20: a headline has 4-12 distinct content features, a full article hundreds; a story is short
 * when more than half its members are, and the short decision applies when both stories are short. The 4-day window
 * adds precision that undated dev data cannot show.
 *
 * @param shingleSize   words per shingle for copy detection
 * @param copyThreshold shingle Jaccard from which an article is a copy of an earlier one
 * @param join          the join/new decision of the single pass, over the cosine to a story's TF-IDF centroid and
 *                      the cosine to its lead-embedding centroid
 * @param merge         the merge decision for two stories of full texts, over their mean pairwise member cosines
 * @param shortMerge    the same for two stories made mostly of short texts (headlines)
 * @param shortTerms    an article with fewer distinct features than this is a short text
 * @param maxGapDays    the largest gap in days between a dated article and a story's dated members (nearest edge of
 *                      the story's date range) that still allows joining or merging
 * @param titleBoost    how many times a title word counts
 * @param entityWeight  the weight factor of canonical entity ids over lemmas
 * @param embeddings    whether lead embeddings are computed at all (when false their cosine is 0)
 * @param indexFrom     batches of at least this many articles retrieve candidate stories from a Lucene index in a
 *                      temporary directory ({@link LuceneCandidates}) instead of scoring every story; smaller ones
 *                      score every story (exact). 0 always uses the index.
 */
record GroupOptions(int shingleSize, double copyThreshold, Decision join, Decision merge, Decision shortMerge,
                    int shortTerms, int maxGapDays, double titleBoost, double entityWeight, boolean embeddings,
                    int indexFrom) {

    /**
     * A linear decision {@code bias + tfidf * textCosine + embedding * leadCosine >= 0}: the log-odds of "same
     * story" of a logistic model, so 0 is probability one half.
     *
     * @param bias      the intercept
     * @param tfidf     the weight of the TF-IDF cosine
     * @param embedding the weight of the lead-embedding cosine
     */
    record Decision(double bias, double tfidf, double embedding) {

        /** The score; join or merge when it is at least 0. */
        double score(double textCosine, double leadCosine) {
            return bias + tfidf * textCosine + embedding * leadCosine;
        }

        /** A TF-IDF-only decision: cosine at least {@code threshold}. */
        static Decision threshold(double threshold) {
            return new Decision(-threshold, 1, 0);
        }
    }

    /** Batches from this size use the Lucene candidate index by default. */
    static final int DEFAULT_INDEX_FROM = 10_000;

    /** These options with another {@link #indexFrom()}. */
    GroupOptions withIndexFrom(int articles) {
        return new GroupOptions(shingleSize, copyThreshold, join, merge, shortMerge, shortTerms, maxGapDays,
                titleBoost, entityWeight, embeddings, articles);
    }

    /** The defaults, with lead embeddings; see above for how they were fitted. */
    static GroupOptions defaults() {
        return new GroupOptions(5, 0.6, new Decision(-3.319, 6.592, 3.339), Decision.threshold(0.15),
                new Decision(-1.25, 6.592, 3.339), 20, 4, 2.0, 1.5, true, DEFAULT_INDEX_FROM);
    }

    /**
     * The former TF-IDF-only defaults (join at cosine 0.20, merge at 0.15, headline merge at 0.05), for comparison;
     * no embedding model is loaded.
     */
    static GroupOptions tfidfOnly() {
        return new GroupOptions(5, 0.6, Decision.threshold(0.20), Decision.threshold(0.15),
                Decision.threshold(0.05), 20, 4, 2.0, 1.5, false, DEFAULT_INDEX_FROM);
    }
}
