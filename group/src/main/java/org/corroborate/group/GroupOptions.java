package org.corroborate.group;

/**
 * The knobs of the standard grouper.
 *
 * <p>Defaults: copy from Jaccard 0.6 (verbatim copies with another header score 0.8+, separate reports of one event
 * rarely 0.2). Join 0.20 and merge 0.45 were tuned on 639 pooled Multi-News dev articles (no dates, naive
 * lower-cased tokens, no entities, duplicated scrape noise removed): join 0.18-0.22 gave pairwise F1 0.73-0.75
 * (precision 0.82-0.85, recall 0.64-0.70); 0.15 collapses into giant clusters, 0.26+ loses recall. Real lemmas and
 * entity ids raise same-story similarity, and the 4-day window adds precision that undated dev data cannot show.
 *
 * @param shingleSize        words per shingle for copy detection
 * @param copyThreshold      shingle Jaccard from which an article is a copy of an earlier one
 * @param joinThreshold      cosine to a story centroid from which an article joins that story
 * @param mergeThreshold     centroid cosine from which two stories are merged after the pass
 * @param maxGapDays         the largest gap in days between a dated article and a story's dated members (nearest
 *                           edge of the story's date range) that still allows joining or merging
 * @param titleBoost         how many times a title word counts
 * @param entityWeight       the weight factor of canonical entity ids over lemmas
 */
record GroupOptions(int shingleSize, double copyThreshold, double joinThreshold, double mergeThreshold,
                    int maxGapDays, double titleBoost, double entityWeight) {

    /** The defaults; see {@link Groupers#standard()} for why. */
    static GroupOptions defaults() {
        return new GroupOptions(5, 0.6, 0.20, 0.45, 4, 2.0, 1.5);
    }
}
