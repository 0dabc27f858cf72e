package org.corroborate.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;

/**
 * Annotates through another annotator and remembers the most recent results by article (all its fields: an edited
 * article is annotated again), so that recomputing the stories after an add only annotates what is new. Owned by one
 * store instance; bounded (least recently used results are dropped). Thread-safe.
 */
final class RememberingAnnotator implements Annotator {

    private final Supplier<Annotator> delegate;
    private final Map<Article, AnnotatedArticle> remembered;

    RememberingAnnotator(Supplier<Annotator> delegate, int capacity) {
        this.delegate = delegate;
        this.remembered = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Article, AnnotatedArticle> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        synchronized (remembered) {
            AnnotatedArticle known = remembered.get(article);
            if (known != null) {
                return known;
            }
        }
        AnnotatedArticle fresh = delegate.get().annotate(article);
        synchronized (remembered) {
            remembered.put(article, fresh);
        }
        return fresh;
    }
}
