package org.corroborate.store;

import java.util.List;

/**
 * Turns texts into vectors for semantic search; vectors of related texts point the same way (cosine similarity).
 * Implementations must be thread-safe and return vectors of one fixed dimension.
 */
@FunctionalInterface
public interface TextEmbedder {

    /**
     * @param texts the texts; never null, none blank
     * @return one vector per text, in order, all of the same length; never null
     */
    float[][] embed(List<String> texts);
}
