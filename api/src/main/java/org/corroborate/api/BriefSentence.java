package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * One sentence of a brief with the spans that support it. The first citation's text is the sentence itself.
 *
 * @param text      the sentence as shown
 * @param factId    the fact it states; null when it is not a fact
 * @param citations supporting spans, at least one
 */
public record BriefSentence(String text, String factId, List<Span> citations) {

    public BriefSentence {
        Objects.requireNonNull(text, "text");
        citations = List.copyOf(citations);
        if (citations.isEmpty()) {
            throw new IllegalArgumentException("a brief sentence needs at least one citation: " + text);
        }
    }
}
