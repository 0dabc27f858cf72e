package org.corroborate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Entity;
import org.corroborate.api.EntityMention;
import org.corroborate.api.Quantity;
import org.corroborate.api.Quote;
import org.corroborate.api.Span;
import org.corroborate.api.TimeMention;

/**
 * The JSON record of one annotated article that {@code corroborate annotate} writes:
 * {@code {"id", "entities", "entity_index", "quotes", "quantities", "times", "warnings"}}, every span as
 * {@code "text", "start", "end"} into the article's text; a quote carries its {@code "content"} (the attribution
 * corpus's span) and its {@code "wording"} ({@link Quote#wording()}: trimmed for readers). Stateless and thread-safe.
 */
final class AnnotationJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotationJson() {
    }

    /** The record of {@code article}; never null. */
    static ObjectNode record(AnnotatedArticle article) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", article.id());
        ArrayNode entities = r.putArray("entities");
        for (EntityMention m : article.entities()) {
            entities.addObject().put("text", m.span().text()).put("type", m.type().name())
                    .put("start", m.span().start()).put("end", m.span().end()).put("entity", m.entityId());
        }
        ArrayNode index = r.putArray("entity_index");
        for (Entity entity : article.entityIndex()) {
            ObjectNode e = index.addObject();
            e.put("entity", entity.id());
            e.put("name", entity.name());
            e.put("type", entity.type().name());
            entity.aliases().forEach(e.putArray("aliases")::add);
        }
        ArrayNode quotes = r.putArray("quotes");
        for (Quote q : article.quotes()) {
            ObjectNode o = quotes.addObject();
            if (q.speaker() == null) {
                o.putNull("speaker");
            } else {
                span(o.putObject("speaker"), q.speaker().span()).put("entity", q.speaker().entityId());
            }
            if (q.cue() == null) {
                o.putNull("cue");
            } else {
                span(o.putObject("cue"), q.cue());
            }
            span(o.putObject("content"), q.content());
            span(o.putObject("wording"), q.wording());
            ArrayNode pieces = o.putArray("pieces");
            q.pieces().forEach(p -> span(pieces.addObject(), p));
            o.put("direct", q.direct());
        }
        ArrayNode quantities = r.putArray("quantities");
        for (Quantity q : article.quantities()) {
            span(quantities.addObject(), q.span()).put("value", q.value()).put("unit", q.unit())
                    .put("approx", q.approx());
        }
        ArrayNode times = r.putArray("times");
        for (TimeMention t : article.times()) {
            span(times.addObject(), t.span()).put("type", t.type()).put("value", t.value()).put("from", t.from())
                    .put("to", t.to());
        }
        article.warnings().forEach(r.putArray("warnings")::add);
        return r;
    }

    /** One line of JSON. */
    static String line(AnnotatedArticle article) {
        return record(article).toString();
    }

    private static ObjectNode span(ObjectNode node, Span span) {
        return node.put("text", span.text()).put("start", span.start()).put("end", span.end());
    }
}
