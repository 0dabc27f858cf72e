package org.corroborate.api;

import java.util.Objects;

/**
 * One outlet's wording of an utterance.
 *
 * @param quote  the quote as found
 * @param outlet the outlet
 */
public record QuoteRendering(Quote quote, String outlet) {

    public QuoteRendering {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(outlet, "outlet");
    }
}
