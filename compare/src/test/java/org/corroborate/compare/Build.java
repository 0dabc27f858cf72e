package org.corroborate.compare;

import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.EntityMention;
import org.corroborate.api.EntityType;
import org.corroborate.api.Quantity;
import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.corroborate.api.TimeMention;
import org.corroborate.testkit.Fixtures;

/** A small builder of annotated test articles with hand-added annotations, located by substring. */
final class Build {

    private final Article article;
    private final List<EntityMention> entities = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<TimeMention> times = new ArrayList<>();

    private Build(Article article) {
        this.article = article;
    }

    static Build article(String id, String outlet, String published, String text) {
        return new Build(Fixtures.article(id, outlet, text, published));
    }

    Span span(String words) {
        int at = article.text().indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("not in " + article.id() + ": " + words);
        }
        return Span.of(article, at, at + words.length());
    }

    Build entity(String words, EntityType type, String id) {
        entities.add(new EntityMention(span(words), type, id));
        return this;
    }

    Build quantity(String words, double value, String unit, boolean approx) {
        quantities.add(new Quantity(span(words), value, unit, approx));
        return this;
    }

    Build quote(String content, String speakerWords, String speakerId, String speakerName) {
        Speaker speaker = speakerWords == null ? null : new Speaker(span(speakerWords), speakerId, speakerName);
        quotes.add(new Quote(span(content), null, speaker, true));
        return this;
    }

    Build indirect(String content, String speakerWords, String speakerId, String speakerName) {
        Speaker speaker = new Speaker(span(speakerWords), speakerId, speakerName);
        quotes.add(new Quote(span(content), null, speaker, false));
        return this;
    }

    Build date(String words, String day) {
        times.add(new TimeMention(span(words), "DATE", day, day, day));
        return this;
    }

    AnnotatedArticle done() {
        List<EntityMention> e = new ArrayList<>(entities);
        e.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return new AnnotatedArticle(article, Fixtures.sentences(article), e, List.of(), quotes, quantities, times,
                List.of());
    }
}
