package org.corroborate.store;

import java.util.Optional;
import java.util.function.Supplier;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;

/**
 * Annotates through another annotator and remembers the most recent results by article (all its fields: an edited
 * article is annotated again), so that recomputing the stories after an add only annotates what is new. Owned by one
 * store instance; bounded. Thread-safe.
 */
final class RememberingAnnotator implements Annotator {

    private final Supplier<Annotator> delegate;
    private final Remembered<Article, AnnotatedArticle> remembered;

    RememberingAnnotator(Supplier<Annotator> delegate, int capacity) {
        this.delegate = delegate;
        this.remembered = new Remembered<>(capacity);
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        return remembered.get(article, a -> delegate.get().annotate(a));
    }

    @Override
    public Optional<String> version() {
        return delegate.get().version();
    }
}
