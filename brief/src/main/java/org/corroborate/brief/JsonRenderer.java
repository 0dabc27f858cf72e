package org.corroborate.brief;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.api.ArticleSummary;
import org.corroborate.api.Brief;
import org.corroborate.api.BriefRenderer;
import org.corroborate.api.BriefSentence;
import org.corroborate.api.Contradiction;
import org.corroborate.api.Fact;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.Quote;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.QuoteRendering;
import org.corroborate.api.ReportedValue;
import org.corroborate.api.SlotValue;
import org.corroborate.api.Span;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.api.TimelineEntry;

/**
 * Renders a brief as the JSON document of {@code docs/schema.md} ({@code "schema": 2}): snake_case keys in a fixed
 * order, nulls written as {@code null}, two-space indentation, {@code \n} line ends and a final newline. The JSON is
 * built as a Jackson tree, so it does not depend on the names of the Java records.
 *
 * <p>Stateless and thread-safe.
 */
final class JsonRenderer implements BriefRenderer {

    /** The version of the JSON contract; see {@code docs/schema.md}. */
    static final int SCHEMA = 2;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(printer());

    private static DefaultPrettyPrinter printer() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    @Override
    public String extension() {
        return "json";
    }

    /**
     * @param brief the brief; never null
     * @return the JSON document followed by a newline; never null
     */
    @Override
    public String render(Brief brief) {
        BriefView view = new BriefView(brief);
        StoryAnalysis analysis = brief.analysis();
        ObjectNode root = NODES.objectNode();
        root.put("schema", SCHEMA);
        root.put("story", brief.storyId());
        root.put("headline", brief.headline());
        ObjectNode counts = root.putObject("counts");
        counts.put("articles", view.articleCount());
        counts.put("outlets", view.outletCount());
        counts.put("independent_sources", view.independentSources());
        ArrayNode summary = root.putArray("summary");
        for (BriefSentence s : brief.summary()) {
            ObjectNode node = summary.addObject();
            node.put("text", s.text());
            node.put("fact", s.factId());
            node.set("citations", spans(s.citations()));
        }
        ArrayNode facts = root.putArray("facts");
        for (Fact f : analysis.facts()) {
            ObjectNode node = facts.addObject();
            node.put("id", f.id());
            node.put("text", f.text());
            node.put("status", BriefView.status(f.status()));
            node.set("outlets", strings(f.outlets()));
            node.put("independent_sources", f.independentSources());
            node.put("first_reported", f.firstReported());
            node.set("mentions", spans(f.mentions()));
        }
        ArrayNode numbers = root.putArray("numbers");
        for (NumberComparison n : analysis.numbers()) {
            ObjectNode node = numbers.addObject();
            node.put("fact", n.factId());
            node.put("unit", n.unit());
            node.put("agree", n.agree());
            ArrayNode values = node.putArray("values");
            for (ReportedValue v : n.values()) {
                ObjectNode value = values.addObject();
                value.put("outlet", v.outlet());
                double x = v.quantity().value();
                if (Double.isFinite(x)) {
                    value.put("value", x);
                } else {
                    value.putNull("value");
                }
                value.put("approx", v.quantity().approx());
                value.set("span", span(v.quantity().span()));
            }
        }
        ArrayNode contradictions = root.putArray("contradictions");
        for (Contradiction c : analysis.contradictions()) {
            ObjectNode node = contradictions.addObject();
            node.put("slot", c.slot());
            node.put("about", c.factId());
            ArrayNode values = node.putArray("values");
            for (SlotValue v : c.values()) {
                ObjectNode value = values.addObject();
                value.put("outlet", v.outlet());
                value.put("value", v.value());
                value.set("span", span(v.span()));
            }
        }
        root.set("quotes", quotes(analysis.quoteGroups()));
        ArrayNode timeline = root.putArray("timeline");
        for (TimelineEntry e : analysis.timeline()) {
            ObjectNode node = timeline.addObject();
            node.put("date", e.date());
            node.put("text", e.text());
            node.set("evidence", spans(e.evidence()));
            node.put("fact", e.factId());
            node.put("conflict", e.conflict());
        }
        root.set("notes", strings(analysis.notes()));
        ArrayNode articles = root.putArray("articles");
        for (ArticleSummary a : brief.articles()) {
            ObjectNode node = articles.addObject();
            node.put("id", a.id());
            node.put("source", a.source());
            node.put("outlet", a.outlet());
            node.put("title", a.title());
            node.put("url", a.url());
            node.put("published", a.published());
            node.set("byline", strings(a.byline()));
            node.put("copy_of", a.copyOf());
        }
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the brief of story " + brief.storyId() + " as JSON", e);
        }
    }

    private static ArrayNode quotes(List<QuoteGroup> groups) {
        ArrayNode result = NODES.arrayNode();
        for (QuoteGroup g : groups) {
            ObjectNode node = result.addObject();
            node.put("id", g.id());
            node.put("speaker", g.speaker());
            node.put("speaker_entity", g.speakerEntityId());
            node.put("wording_differs", g.wordingDiffers());
            node.put("independent_sources", g.independentSources());
            ArrayNode renderings = node.putArray("renderings");
            for (QuoteRendering r : g.renderings()) {
                Quote q = r.quote();
                ObjectNode rendering = renderings.addObject();
                rendering.put("outlet", r.outlet());
                rendering.put("direct", q.direct());
                rendering.set("content", span(q.content()));
                rendering.set("wording", span(q.wording()));
                ArrayNode pieces = rendering.putArray("pieces");
                ArrayNode wordings = rendering.putArray("wordings");
                q.pieces().forEach(p -> pieces.add(span(p)));
                q.wordings().forEach(w -> wordings.add(span(w)));
                rendering.set("speaker", q.speaker() == null ? NODES.nullNode() : span(q.speaker().span()));
                rendering.set("cue", q.cue() == null ? NODES.nullNode() : span(q.cue()));
                rendering.set("flags", strings(r.flags()));
            }
        }
        return result;
    }

    private static ObjectNode span(Span s) {
        ObjectNode node = NODES.objectNode();
        node.put("article", s.articleId());
        node.put("start", s.start());
        node.put("end", s.end());
        node.put("text", s.text());
        return node;
    }

    private static ArrayNode spans(List<Span> spans) {
        ArrayNode result = NODES.arrayNode();
        spans.forEach(s -> result.add(span(s)));
        return result;
    }

    private static ArrayNode strings(List<String> strings) {
        ArrayNode result = NODES.arrayNode();
        strings.forEach(result::add);
        return result;
    }
}
