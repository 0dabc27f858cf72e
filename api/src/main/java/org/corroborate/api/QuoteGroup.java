package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * Renderings of one utterance across the articles of a story.
 *
 * @param id                 stable id within the story ({@code q1}, ...)
 * @param speaker            the canonical speaker name; null when unknown
 * @param speakerEntityId    the canonical speaker entity; null when unknown
 * @param renderings         each article's wording, in article order
 * @param wordingDiffers     true when at least two renderings differ in their words
 * @param independentSources how many independent sources carry it
 */
public record QuoteGroup(String id, String speaker, String speakerEntityId, List<QuoteRendering> renderings,
                         boolean wordingDiffers, int independentSources) {

    public QuoteGroup {
        Objects.requireNonNull(id, "id");
        renderings = List.copyOf(renderings);
    }
}
