package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * The same quantity as reported by several articles, compared after normalisation.
 *
 * @param factId  the fact whose mentions carry the values
 * @param unit    the common normalised unit
 * @param values  each article's value, in article order
 * @param agree   true when all values are compatible (equal within rounding, or within a hedge's range)
 */
public record NumberComparison(String factId, String unit, List<ReportedValue> values, boolean agree) {

    public NumberComparison {
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(unit, "unit");
        values = List.copyOf(values);
    }
}
