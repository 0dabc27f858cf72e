package org.corroborate.api;

import java.util.Objects;

/**
 * One outlet's value for a slot of a fact (who, when, where, how many).
 *
 * @param outlet the outlet; never null
 * @param value  the value as compared: an entity id, an ISO date, a normalised number with its unit; never null
 * @param span   where the article says it; never null
 */
public record SlotValue(String outlet, String value, Span span) {

    public SlotValue {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
    }
}
