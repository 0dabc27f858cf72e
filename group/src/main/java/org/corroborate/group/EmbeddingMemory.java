package org.corroborate.group;

import java.util.Optional;

/**
 * Remembers sentence embeddings by text, so that a text embedded once (in this process or, for a store, in an
 * earlier one) is not embedded again. Given to {@link SentenceModel#withMemory}. A remembered vector must be exactly
 * the one the model computed for that text, so that remembering never changes a result.
 *
 * <p>Implementations are thread-safe.
 */
public interface EmbeddingMemory {

    /**
     * @param text the embedded text; never null
     * @return the raw vector the model gave for {@code text}, if remembered
     */
    Optional<float[]> recall(String text);

    /**
     * Remembers the raw vector the model gave for {@code text}.
     *
     * @param text   the text; never null
     * @param vector its vector; never null; the memory may keep it, so the caller must not change it
     */
    void remember(String text, float[] vector);
}
