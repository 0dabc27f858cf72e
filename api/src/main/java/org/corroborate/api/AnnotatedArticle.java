package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * An article with its annotations. Every span indexes {@code article.text()}.
 *
 * <p>Immutable and thread-safe; no list is null.
 *
 * @param article    the article
 * @param sentences  its sentences in order
 * @param entities   entity mentions in text order
 * @param entityIndex the entities mentioned, one per canonical id
 * @param quotes     quotations in text order
 * @param quantities quantities in text order
 * @param times      temporal expressions in text order
 * @param warnings   caveats found while annotating
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
                               List<Entity> entityIndex, List<Quote> quotes, List<Quantity> quantities,
                               List<TimeMention> times, List<String> warnings) {

    public AnnotatedArticle {
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        entityIndex = List.copyOf(entityIndex);
        quotes = List.copyOf(quotes);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        warnings = List.copyOf(warnings);
    }

    public String id() {
        return article.id();
    }
}
