package org.corroborate.compare;

/**
 * The knobs of the standard comparer.
 *
 * @param minContentWords   sentences with fewer content words (numbers count) are no fact candidates
 * @param alignThreshold    pair similarity from which two sentences of different articles state one fact
 * @param disputedThreshold the higher similarity required when the pair's numbers disagree
 * @param entityBonus       added per shared entity id
 * @param maxEntityBonus    cap of the entity bonus
 * @param quantityBonus     added when the pair shares a compatible quantity
 * @param exactTolerance    relative difference within which two unhedged values agree
 * @param approxTolerance   relative difference within which values agree when either is hedged
 * @param quoteJaccard      character 4-gram Jaccard from which two quotes are renderings of one utterance
 * @param quoteRun          longest common word run from which two quotes are renderings of one utterance
 */
record CompareOptions(int minContentWords, double alignThreshold, double disputedThreshold, double entityBonus,
                      double maxEntityBonus, double quantityBonus, double exactTolerance, double approxTolerance,
                      double quoteJaccard, int quoteRun) {

    /** The defaults; see {@link Comparers#standard()}. */
    static CompareOptions defaults() {
        return new CompareOptions(4, 0.4, 0.5, 0.075, 0.15, 0.1, 0.05, 0.25, 0.3, 4);
    }
}
