package org.corroborate.annotate;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.Quantity;
import org.corroborate.api.Sentence;

/** STUB to be replaced: finds and normalises quantities. Stateless and thread-safe. */
final class QuantityFinder {

    /**
     * @param article   the article (offsets index its text)
     * @param sentences its sentences with tokens
     * @return quantities in text order
     */
    List<Quantity> find(Article article, List<Sentence> sentences) {
        return List.of();
    }
}
