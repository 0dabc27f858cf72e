package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * A dated event of a story.
 *
 * @param date     the resolved day (ISO date) the event happened or will happen; {@code yyyy} or {@code yyyy-mm}
 *                 when the text names only a year or a month
 * @param text     the sentence that reports it
 * @param evidence the spans of the time expressions and sentences that date it
 */
public record TimelineEntry(String date, String text, List<Span> evidence) {

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
    }
}
