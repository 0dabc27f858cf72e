package org.corroborate.api;

import java.util.Objects;

/**
 * One outlet's rendering of a quantity.
 *
 * @param quantity the quantity as found
 * @param outlet   the outlet that reports it
 */
public record ReportedValue(Quantity quantity, String outlet) {

    public ReportedValue {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(outlet, "outlet");
    }
}
