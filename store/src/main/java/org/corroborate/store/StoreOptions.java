package org.corroborate.store;

import org.corroborate.group.SentenceModel;

/**
 * How a store is opened.
 *
 * @param embedder the model behind semantic search ({@link Store#searchByMeaning}); null turns semantic search off
 *                 (and saves embedding every article as it is stored)
 */
public record StoreOptions(TextEmbedder embedder) {

    /**
     * Semantic search with the in-process MiniLM sentence model.
     *
     * @param model the model, e.g. {@link org.corroborate.engine.Engine#sentenceModel()} so that the engine's grouper
     *              and the store share one loaded model; never null
     */
    public static StoreOptions semantic(SentenceModel model) {
        return new StoreOptions(model::embed);
    }

    /** Full-text search only. */
    public static StoreOptions textOnly() {
        return new StoreOptions(null);
    }
}
