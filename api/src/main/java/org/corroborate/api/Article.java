package org.corroborate.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article after extraction: the clean body text, which is the coordinate system for every {@link Span}, and its
 * metadata.
 *
 * <p>Immutable and thread-safe. {@code id}, {@code source}, {@code outlet} and {@code text} are never null; lists are
 * never null; every other field is nullable (unknown).
 *
 * @param id           stable id: from the given id, the canonical URL, or the content hash (in that order)
 * @param source       the input as the user named it
 * @param url          the URL as found
 * @param canonicalUrl the canonical URL (tracking parameters removed)
 * @param outlet       the publishing outlet; {@code "unknown: <source>"} when nothing names it
 * @param title        the headline
 * @param byline       author names, cleaned
 * @param published    publication date or date-time, ISO-8601
 * @param modified     last modification date or date-time, ISO-8601
 * @param language     ISO 639-1 code
 * @param text         the clean body: article text only, paragraphs separated by one blank line
 * @param credits      agency credits and desk initials (e.g. "© Agence France-Presse")
 * @param warnings     caveats found while extracting
 */
public record Article(String id, String source, String url, String canonicalUrl, String outlet, String title,
                      List<String> byline, String published, String modified, String language, String text,
                      List<String> credits, List<String> warnings) {

    /** The prefix of an outlet name that stands for "no outlet was named". */
    public static final String UNKNOWN_OUTLET_PREFIX = "unknown: ";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(text, "text");
        byline = byline == null ? List.of() : List.copyOf(byline);
        credits = credits == null ? List.of() : List.copyOf(credits);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** The publication day, when {@link #published()} starts with an ISO date. */
    public Optional<LocalDate> publishedDate() {
        return Dates.leadingDate(published);
    }

    /** The paragraphs of {@link #text()}, as spans, in order; blank paragraphs are left out. */
    public List<Span> paragraphs() {
        List<Span> result = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int next = text.indexOf("\n\n", start);
            int end = next < 0 ? text.length() : next;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                result.add(Span.of(this, s, e));
            }
            if (next < 0) {
                break;
            }
            start = next + 2;
        }
        return List.copyOf(result);
    }
}
