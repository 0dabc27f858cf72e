package org.corroborate.api;

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
}
