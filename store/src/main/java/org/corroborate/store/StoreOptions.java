package org.corroborate.store;

/**
 * How a store is opened.
 *
 * @param embedder the model behind semantic search ({@link Store#searchByMeaning}); null turns semantic search off
 *                 (and saves embedding every article as it is stored)
 */
public record StoreOptions(TextEmbedder embedder) {

    /** Semantic search with the in-process MiniLM sentence model. */
    public static StoreOptions defaults() {
        return new StoreOptions(new MiniLmEmbedder());
    }

    /** Full-text search only. */
    public static StoreOptions textOnly() {
        return new StoreOptions(null);
    }
}
