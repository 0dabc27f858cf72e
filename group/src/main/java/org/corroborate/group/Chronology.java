package org.corroborate.group;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Dates;

/**
 * The processing order of a batch: dated articles by publication instant (input order breaks ties), then undated
 * articles in input order. A date-only {@code published} counts as midnight UTC of that day, a local date-time as
 * UTC. This order is the "published order" of {@link org.corroborate.api.Story#articleIds()} and decides which
 * article of a syndicated pair is the original.
 *
 * <p>Stateless and thread-safe.
 */
final class Chronology {

    /**
     * One article in processing order.
     *
     * @param article    the article
     * @param inputIndex its position in the input
     * @param instant    its publication instant; null when undated
     * @param day        its publication day as written; null when undated
     */
    record Entry(AnnotatedArticle article, int inputIndex, Instant instant, LocalDate day) {
        String id() {
            return article.id();
        }
    }

    private Chronology() {
    }

    /** {@code articles} in processing order. */
    static List<Entry> order(List<AnnotatedArticle> articles) {
        List<Entry> entries = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            AnnotatedArticle a = articles.get(i);
            String published = a.article().published();
            entries.add(new Entry(a, i, instant(published), Dates.leadingDate(published).orElse(null)));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.instant() == null)
                .thenComparing(e -> e.instant() == null ? Instant.EPOCH : e.instant())
                .thenComparingInt(Entry::inputIndex));
        return entries;
    }

    /** The instant of an ISO-8601 date or date-time; null when absent or unreadable. */
    static Instant instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next form
        }
        return Dates.leadingDate(s).map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(null);
    }
}
