package org.corroborate.group;

/**
 * The knobs of the standard grouper.
 *
 * <p>Defaults: copy from shingle Jaccard 0.6 (verbatim copies with another header score 0.8+, separate reports of
 * one event rarely 0.2).
 *
 * <p>How the figures below were chosen. Each dev set is split by gold story into a fitting half and a held-out half:
 * Multi-News stories 0-124 (fitting) and 125-249 (held out); UCI stories with ids in the first half in sorted order
 * (fitting) and the rest (held out). Settings were compared on the fitting halves of both sets, the stream always run
 * in full (pooled); the held-out halves are reported, never used for a choice.
 *
 * <p>Features: words plus phrases (two adjacent content words, weight 1) with IDF squared ({@code idfExponent} 2).
 * Against words only with plain IDF, each at its best merge setting on the fitting halves, they raise Multi-News
 * BCubed F1 from 0.853 to 0.858 and UCI pairwise F1 from 0.879 to 0.887 (fitting halves); phrases with plain IDF
 * scored 0.860 / 0.875 and IDF squared without phrases 0.858 / 0.853. Rare words and phrases name the event (people,
 * places, figures); the topic words that look-alike stories share weigh less.
 *
 * <p>{@code join}: {@code -3.319 + 6.592 * tfidf + 3.339 * lead >= 0}, a logistic model fitted (Newton's method, no
 * regularisation) on the whole UCI headline file (6,366 titles shuffled with seed 13, naive tokens, all undated) with
 * the former features (words only, plain IDF). Its rows imitate the decision the single pass makes: walking the
 * stream in order with the gold stories so far, each headline gives one positive row (its own story, when it has
 * earlier members) and one negative row (the other story with the highest tfidf + lead cosine): 12,644 rows. Refitted
 * the same way with the current features on the UCI fitting half it comes out {@code -3.800 + 8.685 * tfidf + 5.508 *
 * lead}, which scores lower on that half at every headline-merge intercept (best pairwise F1 0.885 against 0.887), so
 * the former model stays. Fitted on the Multi-News fitting half, the lead weight is small ({@code -1.234 + 6.671 *
 * tfidf + 0.499 * lead}): untitled Multi-News articles often open with scrape boilerplate, so on full texts the lead
 * embedding adds little beyond TF-IDF. On Multi-News the join decision barely matters: the merge step decides (a
 * separate full-text join intercept from -2 to -4 moved pooled BCubed F1 by at most 0.004, measured with phrases and
 * plain IDF), so there is no separate full-text join model.
 *
 * <p>{@code merge} (full texts): mean pairwise cosine at least 0.05, picked on the Multi-News fitting half. Before site
 * notices were kept alone ({@link org.corroborate.text.SiteNotice}) the best was 0.06 (BCubed F1 0.852 at 0.045,
 * 0.858 at 0.06, 0.845 at 0.07, 0.832 at 0.08); with notices alone: 0.862 at 0.035, 0.872 at 0.045, 0.880 at 0.05,
 * 0.878 at 0.055, 0.877 at 0.06 (the whole pooled stream: 0.872 at 0.05, 0.876 at 0.06). IDF squared spreads cosines
 * out, hence the lower threshold than the former 0.15.
 *
 * <p>{@code shortMerge} (headlines): {@code -1.0 + 6.592 * tfidf + 3.339 * lead >= 0}, the join weights with the
 * intercept picked on the UCI fitting half (pairwise F1 -0.75: 0.730, -1.0: 0.887, -1.25: 0.824, -1.5: 0.760). Two
 * headlines of one story share one or two content words out of six to ten, so mean pairwise cosines sit far below
 * the article-to-centroid ones the join model sees.
 *
 * <p>{@code shortTerms} 30: a headline has 4-12 distinct content words, so 7-23 features with its phrases, a full
 * article hundreds; a story is short when more than half its members are, and the short decision applies when both
 * stories are short. The 4-day window adds precision that undated dev data cannot show.
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
 * @param phraseWeight  the weight factor of phrases (two adjacent content words) over lemmas; 0 for no phrases
 * @param idfExponent   the power of the IDF in a term's weight (1 is plain TF-IDF)
 * @param embeddings    whether lead embeddings are computed at all (when false their cosine is 0)
 * @param indexFrom     batches of at least this many articles retrieve candidate stories from a Lucene index in a
 *                      temporary directory ({@link LuceneCandidates}) instead of scoring every story; smaller ones
 *                      score every story (exact). 0 always uses the index.
 */
record GroupOptions(int shingleSize, double copyThreshold, Decision join, Decision merge, Decision shortMerge,
                    int shortTerms, int maxGapDays, double titleBoost, double entityWeight, double phraseWeight,
                    double idfExponent, boolean embeddings, int indexFrom) {

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
                titleBoost, entityWeight, phraseWeight, idfExponent, embeddings, articles);
    }

    /** The defaults, with lead embeddings; see above for how they were fitted. */
    static GroupOptions defaults() {
        return new GroupOptions(5, 0.6, new Decision(-3.319, 6.592, 3.339), Decision.threshold(0.05),
                new Decision(-1.0, 6.592, 3.339), 30, 4, 2.0, 1.5, 1.0, 2.0, true, DEFAULT_INDEX_FROM);
    }

    /**
     * The former TF-IDF-only defaults (join at cosine 0.20, merge at 0.15, headline merge at 0.05; words only, plain
     * IDF), for comparison; no embedding model is loaded.
     */
    static GroupOptions tfidfOnly() {
        return new GroupOptions(5, 0.6, Decision.threshold(0.20), Decision.threshold(0.15),
                Decision.threshold(0.05), 20, 4, 2.0, 1.5, 0, 1.0, false, DEFAULT_INDEX_FROM);
    }
}
