package org.corroborate.api;

import java.util.Objects;

/**
 * A temporal expression, resolved against the article's publication date where possible.
 *
 * @param span  the words
 * @param type  {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}; never null
 * @param value the TIMEX3 value ({@code 2025-10-16}, {@code P2W}, {@code XXXX-WXX-4}); nullable
 * @param from  first calendar day covered, ISO date; null when unresolved
 * @param to    last calendar day covered, ISO date; null when unresolved
 */
public record TimeMention(Span span, String type, String value, String from, String to) {

    public TimeMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
    }
}
