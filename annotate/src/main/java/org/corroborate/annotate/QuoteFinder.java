package org.corroborate.annotate;

import java.util.List;

import org.corroborate.api.Article;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.Quote;
import org.corroborate.api.Sentence;

/** STUB to be replaced: finds direct and indirect quotes and their speakers. Stateless and thread-safe. */
final class QuoteFinder {

    /**
     * @param article   the article (offsets index its text)
     * @param sentences its sentences with tokens (POS tags, lemmas, NER classes)
     * @param mentions  its entity mentions, with within-article canonical entity ids
     * @param entities  its entity index
     * @return quotes in text order
     */
    List<Quote> find(Article article, List<Sentence> sentences, List<EntityMention> mentions, List<Entity> entities) {
        return List.of();
    }
}
