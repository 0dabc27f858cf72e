package org.corroborate.api;

import java.util.Objects;

/**
 * A number with its unit, normalised so that outlets can be compared: percentages and fractions become a
 * {@code ratio} ("a fifth" and "20%" are both 0.2), lengths are in metres, durations in seconds, money keeps its
 * currency code ({@code USD}); a plain count has unit {@code count} or the counted noun ("co-sponsors").
 *
 * @param span   the words of the quantity
 * @param value  the normalised value
 * @param unit   the normalised unit; never null
 * @param approx true when hedged ("about", "almost", "more than", "nearly", "some")
 */
public record Quantity(Span span, double value, String unit, boolean approx) {

    public Quantity {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(unit, "unit");
    }
}
