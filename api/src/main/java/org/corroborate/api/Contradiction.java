package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * Outlets that fill the same slot of the same fact (or utterance) with incompatible values.
 *
 * @param slot   {@link #WHO}, {@link #WHEN}, {@link #WHERE} or {@link #HOW_MANY}
 * @param factId the fact (or, for who said a quote, the quote group) it concerns; never null
 * @param values at least two values, at least two of them incompatible, each with its span; never null
 */
public record Contradiction(String slot, String factId, List<SlotValue> values) {

    /** The person or organisation who acted or spoke. */
    public static final String WHO = "who";
    /** The day it happened. */
    public static final String WHEN = "when";
    /** The place it happened. */
    public static final String WHERE = "where";
    /** A count or measure (also listed, with every value, under the story's numbers). */
    public static final String HOW_MANY = "how_many";

    public Contradiction {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(factId, "factId");
        values = List.copyOf(values);
    }
}
