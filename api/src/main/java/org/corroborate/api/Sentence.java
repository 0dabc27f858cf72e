package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of an article's clean text with its tokens.
 *
 * @param index  0-based position in the article
 * @param span   where it stands in the article
 * @param tokens its tokens, in order; never null
 */
public record Sentence(int index, Span span, List<Token> tokens) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
    }

    public String text() {
        return span.text();
    }
}
