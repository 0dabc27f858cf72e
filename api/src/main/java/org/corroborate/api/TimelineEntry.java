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
 * @param factId   the fact the dated sentence belongs to; null when it is in no fact
 * @param conflict true when another entry dates the same fact to an incompatible day (neither date contains the
 *                 other: 2024-03 and 2024-03-05 are compatible, 2024-03-04 and 2024-03-05 are not)
 */
public record TimelineEntry(String date, String text, List<Span> evidence, String factId, boolean conflict) {

    /** An entry of no fact, without conflict. */
    public TimelineEntry(String date, String text, List<Span> evidence) {
        this(date, text, evidence, null, false);
    }

    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
        evidence = List.copyOf(evidence);
    }
}
