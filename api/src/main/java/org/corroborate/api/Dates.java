package org.corroborate.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reading the ISO-8601 date strings that records carry. */
public final class Dates {

    private Dates() {
    }

    /** The date at the start of an ISO-8601 date or date-time string; empty when null or not a date. */
    public static Optional<LocalDate> leadingDate(String iso) {
        if (iso == null || iso.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(iso.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
