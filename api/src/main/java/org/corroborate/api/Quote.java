package org.corroborate.api;

import java.util.Objects;

/**
 * A direct or indirect quotation.
 *
 * @param content what was said (for a direct quote, inside the quotation marks, marks excluded); never null
 * @param cue     the speech verb or phrase ("said", "told reporters", "according to"); nullable
 * @param speaker who said it; nullable when unknown
 * @param direct  true when found by its quotation marks
 */
public record Quote(Span content, Span cue, Speaker speaker, boolean direct) {

    public Quote {
        Objects.requireNonNull(content, "content");
    }
}
