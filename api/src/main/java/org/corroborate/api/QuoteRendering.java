package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * One outlet's wording of an utterance.
 *
 * @param quote  the quote as found
 * @param outlet the outlet
 * @param flags  what is wrong with this wording compared with the group's others, in this order, each at most once:
 *               {@link #PARAPHRASED} and {@link #TRUNCATED}; empty when nothing is; never null
 */
public record QuoteRendering(Quote quote, String outlet, List<String> flags) {

    /** A direct quote whose words inside the quote marks differ from another outlet's direct quote of the utterance
     * (and from the wording most sources carry): at most one of them can be verbatim. */
    public static final String PARAPHRASED = "paraphrased";
    /** A direct quote whose words are a strict part of another outlet's direct quote of the utterance. */
    public static final String TRUNCATED = "truncated";

    public QuoteRendering {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(outlet, "outlet");
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /** A rendering without flags. */
    public QuoteRendering(Quote quote, String outlet) {
        this(quote, outlet, List.of());
    }
}
