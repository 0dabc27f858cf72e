package org.corroborate.store;

import org.corroborate.group.SentenceModel;

/**
 * How a store is opened.
 *
 * @param embedder the model behind semantic search ({@link Store#searchByMeaning}); null turns semantic search off
 *                 (and saves embedding every article as it is stored)
 */
public record StoreOptions(TextEmbedder embedder) {

    /** Semantic search with the in-process MiniLM sentence model. */
    public static StoreOptions defaults() {
        SentenceModel model = new SentenceModel();
        return new StoreOptions(model::embed);
    }

    /** Full-text search only. */
    public static StoreOptions textOnly() {
        return new StoreOptions(null);
    }
}
