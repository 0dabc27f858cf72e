package org.corroborate.group;

/**
 * The knobs of the standard grouper.
 *
 * <p>Defaults: copy from Jaccard 0.6 (verbatim copies with another header score 0.8+, separate reports of one event
 * rarely 0.2). Join 0.20 was tuned on 639 pooled Multi-News dev articles (no dates, naive lower-cased tokens, no
 * entities, duplicated scrape noise removed): join 0.18-0.22 gave pairwise F1 0.73-0.75 (precision 0.82-0.85, recall
 * 0.64-0.70); 0.15 collapses into giant clusters, 0.26+ loses recall. Real lemmas and entity ids raise same-story
 * similarity, and the 4-day window adds precision that undated dev data cannot show.
 *
 * <p>The merge thresholds are mean pairwise cosines between the members of two stories (group-average linkage).
 * <ul>
 *   <li>{@code mergeThreshold} 0.15 (full texts) was tuned on all 690 pooled Multi-News dev documents (naive tokens):
 *       0.12-0.20 all give BCubed F1 0.82-0.83; 0.15 is best (0.831, from 0.825 with the former centroid-cosine
 *       merge at 0.45); below 0.12 precision falls fast. Same-story article pairs mostly score 0.2-0.55, different
 *       stories 0.05-0.2.</li>
 *   <li>{@code shortMergeThreshold} 0.05 (headlines) was tuned on the UCI headline file (6,366 titles shuffled with
 *       seed 13, naive tokens), the only headline set we have, so there is no held-out check for it: 0.04-0.06 all
 *       give pairwise F1 0.72-0.73 (0.65 without a short-text threshold); 0.10 gives 0.70. Two headlines of one
 *       story share one or two content words out of six to ten, so their cosines sit far below full-text ones.</li>
 *   <li>{@code shortTerms} 20: a headline has 4-12 distinct content features, a full article hundreds; a story is
 *       short when more than half its members are, and the short threshold applies when both stories are short
 *       (a headline story and a story of full texts, or of short scrape noise next to full texts, keep the full-text
 *       threshold). Any cut between about 15 and 50 gives the same result on both
 *       sets.</li>
 * </ul>
 *
 * @param shingleSize         words per shingle for copy detection
 * @param copyThreshold       shingle Jaccard from which an article is a copy of an earlier one
 * @param joinThreshold       cosine to a story centroid from which an article joins that story
 * @param mergeThreshold      mean pairwise member cosine from which two stories of full texts are merged after the
 *                            pass
 * @param shortMergeThreshold the same for stories made mostly of short texts (headlines)
 * @param shortTerms          an article with fewer distinct features than this is a short text
 * @param maxGapDays          the largest gap in days between a dated article and a story's dated members (nearest
 *                            edge of the story's date range) that still allows joining or merging
 * @param titleBoost          how many times a title word counts
 * @param entityWeight        the weight factor of canonical entity ids over lemmas
 */
record GroupOptions(int shingleSize, double copyThreshold, double joinThreshold, double mergeThreshold,
                    double shortMergeThreshold, int shortTerms, int maxGapDays, double titleBoost,
                    double entityWeight) {

    /** The defaults; see {@link Groupers#standard()} for why. */
    static GroupOptions defaults() {
        return new GroupOptions(5, 0.6, 0.20, 0.15, 0.05, 20, 4, 2.0, 1.5);
    }
}
