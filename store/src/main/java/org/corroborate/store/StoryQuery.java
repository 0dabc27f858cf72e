package org.corroborate.store;

import java.time.LocalDate;

/**
 * Filters and page of a story listing. Validated on construction.
 *
 * @param limit  page size, 1 to {@link Store#MAX_LIMIT}
 * @param offset stories to skip, at least 0
 * @param outlet only stories with an article of this outlet (exact name); null for any
 * @param entity only stories mentioning an entity whose name or alias contains this text (case-insensitive); null
 *               for any
 * @param since  only stories with an article published on or after this day; null for any
 */
public record StoryQuery(int limit, int offset, String outlet, String entity, LocalDate since) {

    /** Longest filter text accepted. */
    public static final int MAX_FILTER_LENGTH = 200;

    public StoryQuery {
        if (limit < 1 || limit > Store.MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + Store.MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        outlet = blankToNull(outlet, "outlet");
        entity = blankToNull(entity, "entity");
    }

    /** The first {@code limit} stories, unfiltered. */
    public static StoryQuery first(int limit) {
        return new StoryQuery(limit, 0, null, null, null);
    }

    private static String blankToNull(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_FILTER_LENGTH) {
            throw new IllegalArgumentException(name + " must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value.strip();
    }
}
