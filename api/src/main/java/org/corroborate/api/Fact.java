package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * A claim aligned across a story's articles.
 *
 * @param id                 stable id within the story ({@code f1}, {@code f2}, ...)
 * @param text               the representative wording (the text of {@code mentions.get(0)})
 * @param mentions           every supporting sentence or clause, representative first
 * @param outlets            the outlets that carry it, sorted
 * @param independentSources how many independent sources carry it (copies count once)
 * @param firstReported      the earliest publication date among the mentions, ISO; null when none is dated
 * @param status             corroborated, single-source or disputed
 */
public record Fact(String id, String text, List<Span> mentions, List<String> outlets, int independentSources,
                   String firstReported, FactStatus status) {

    public Fact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(status, "status");
        mentions = List.copyOf(mentions);
        outlets = List.copyOf(outlets);
    }
}
