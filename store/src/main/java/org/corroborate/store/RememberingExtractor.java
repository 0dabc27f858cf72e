package org.corroborate.store;

import org.corroborate.api.Article;
import org.corroborate.api.Extractor;
import org.corroborate.api.RawDocument;

/**
 * Extracts through another extractor and remembers the most recent articles by document (source, content and hints),
 * so that an add does not extract its new documents twice (once to store them, once to recompute the stories) nor
 * the unchanged stored ones again. A document that fails is not remembered: it fails the same way each time. Owned by
 * one store instance; bounded. Thread-safe.
 */
final class RememberingExtractor implements Extractor {

    private final Extractor delegate;
    private final Remembered<RawDocument, Article> remembered;

    RememberingExtractor(Extractor delegate, int capacity) {
        this.delegate = delegate;
        this.remembered = new Remembered<>(capacity);
    }

    @Override
    public Article extract(RawDocument document) {
        return remembered.get(document, delegate::extract);
    }
}
