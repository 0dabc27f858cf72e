package org.corroborate.api;

import java.util.Objects;

/**
 * Who said something.
 *
 * @param span     the words in the text that name the speaker (a name, a description or a pronoun)
 * @param entityId the canonical entity the speaker resolves to; null when unresolved
 * @param name     the canonical name when resolved, else the text of the span; never null
 */
public record Speaker(Span span, String entityId, String name) {

    public Speaker {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(name, "name");
    }
}
