package org.corroborate.api;

import java.util.Optional;

/**
 * The annotate stage: sentences, entities, quotes, quantities and times for one article. Entity ids are canonical
 * within the article; {@link EntityResolver} merges them across articles.
 *
 * <p>Implementations are thread-safe.
 */
public interface Annotator {

    /**
     * @param article the article; never null
     * @return its annotations, every span indexing {@code article.text()}; never null
     */
    AnnotatedArticle annotate(Article article);

    /**
     * What identifies this annotator's behaviour: its code and settings. Two annotators with the same version give
     * equal annotations for equal articles, so a store may keep annotations and reuse them in a later process
     * instead of annotating again. Cheap: it must not load models.
     *
     * @return the version; empty (the default) when unknown, and then results are never reused across processes
     */
    default Optional<String> version() {
        return Optional.empty();
    }
}
