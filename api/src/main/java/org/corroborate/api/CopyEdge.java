package org.corroborate.api;

import java.util.Objects;

/**
 * Syndication lineage: {@code articleId} is a verbatim or lightly edited copy of {@code copyOf}.
 *
 * @param articleId  the copy
 * @param copyOf     the original (the earliest published, or the first in input order)
 * @param similarity estimated Jaccard similarity of their shingles, 0..1
 */
public record CopyEdge(String articleId, String copyOf, double similarity) {

    public CopyEdge {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(copyOf, "copyOf");
    }
}
