package org.corroborate.api;

import java.util.List;

/**
 * Merges entities across articles (Zelensky/Zelenskiy): returns the same articles with entity ids, speakers and the
 * entity index rewritten to one canonical id per real-world entity.
 *
 * <p>Implementations are thread-safe.
 */
public interface EntityResolver {

    /**
     * @param articles annotated articles; never null
     * @return the same articles, in the same order, with cross-article entity ids
     */
    List<AnnotatedArticle> resolve(List<AnnotatedArticle> articles);
}
