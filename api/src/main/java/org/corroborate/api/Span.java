package org.corroborate.api;

import java.util.Objects;

/**
 * A half-open character range {@code [start, end)} in the clean text of one article, together with the text it
 * covers, so that every citation can be re-checked wherever it travels (brief, store, API, UI).
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param articleId the id of the article whose {@link Article#text()} the offsets index
 * @param start     the first character, inclusive, {@code >= 0}
 * @param end       the last character, exclusive, {@code >= start}
 * @param text      {@code article.text().substring(start, end)}
 */
public record Span(String articleId, int start, int end, String text) {

    public Span {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") in " + articleId);
        }
        if (text.length() != end - start) {
            throw new IllegalArgumentException("span text length " + text.length() + " does not match ["
                    + start + ", " + end + ") in " + articleId);
        }
    }

    /** Cuts the span {@code [start, end)} out of {@code article}'s clean text. */
    public static Span of(Article article, int start, int end) {
        return of(article.id(), article.text(), start, end);
    }

    /** Cuts the span {@code [start, end)} out of {@code text}, the clean text of article {@code articleId}. */
    public static Span of(String articleId, String text, int start, int end) {
        if (start < 0 || end > text.length() || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside the text of " + articleId
                    + " (length " + text.length() + ")");
        }
        return new Span(articleId, start, end, text.substring(start, end));
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** True when this span lies in {@code other}'s range of the same article. */
    public boolean within(Span other) {
        return articleId.equals(other.articleId) && start >= other.start && end <= other.end;
    }

    /** True when both spans share at least one character of the same article. */
    public boolean overlaps(Span other) {
        return articleId.equals(other.articleId) && start < other.end && other.start < end;
    }

    /** True when {@code articleText} (the clean text of {@link #articleId()}) holds {@link #text()} at the offsets. */
    public boolean matches(String articleText) {
        return end <= articleText.length() && articleText.regionMatches(start, text, 0, text.length());
    }
}
