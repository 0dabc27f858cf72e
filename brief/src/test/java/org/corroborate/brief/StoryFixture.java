package org.corroborate.brief;

import java.util.List;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.CopyEdge;
import org.corroborate.api.Contradiction;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.NumberComparison;
import org.corroborate.api.Quantity;
import org.corroborate.api.Quote;
import org.corroborate.api.QuoteGroup;
import org.corroborate.api.QuoteRendering;
import org.corroborate.api.ReportedValue;
import org.corroborate.api.SlotValue;
import org.corroborate.api.Span;
import org.corroborate.api.Speaker;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.api.TimelineEntry;
import org.corroborate.testkit.Fixtures;

/** An invented story: two outlets report a bridge closure, a third republishes the first (a copy). */
final class StoryFixture {

    static final String GAZETTE = "Harbour Gazette";
    static final String TIMES = "Valley Times";
    static final String WIRE = "Coastal Wire";

    static final Article A1 = Fixtures.article("a1", GAZETTE, "Old Mill Bridge closes after crack found",
            "The Old Mill Bridge in Westport was closed on Monday after engineers found a crack in its main span. "
                    + "About a fifth of the town's commuters use the bridge every day. "
                    + "Mayor Ana Reyes said: \"We will not reopen it until it is safe.\" "
                    + "Repairs are expected to cost 1.2 million dollars.\n\n"
                    + "Traffic was diverted through the ring road & the harbour tunnel. "
                    + "The council will meet on Friday to discuss funding.",
            "2025-03-03");

    static final Article A2 = Fixtures.article("a2", TIMES, "Westport bridge shut <script>alert(1)</script>",
            "Engineers closed the Old Mill Bridge in Westport on Monday after finding a crack in the main span. "
                    + "Around 20% of commuters cross it daily. "
                    + "Reyes told reporters the bridge would stay shut \"until it is completely safe\". "
                    + "The repair bill could reach 2 million dollars.\n\n"
                    + "Residents said <script>alert(1)</script> & other pranks appeared on the council website.",
            "2025-03-04");

    static final Article A3 = Fixtures.article("a3", WIRE, "Old Mill Bridge closes after crack found",
            A1.text().replace("Traffic was diverted", "Drivers were diverted"), "2025-03-05");

    static final Story STORY = new Story("s-bridge", List.of("a1", "a2", "a3"),
            List.of(new CopyEdge("a3", "a1", 0.93)), List.of("shared entities: Old Mill Bridge, Westport"));

    static final List<AnnotatedArticle> ARTICLES =
            List.of(Fixtures.annotated(A1), Fixtures.annotated(A2), Fixtures.annotated(A3));

    private StoryFixture() {
    }

    /** The span of the first occurrence of {@code words} in the article's text. */
    static Span span(Article article, String words) {
        int start = article.text().indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("not in " + article.id() + ": " + words);
        }
        return Span.of(article, start, start + words.length());
    }

    static StoryAnalysis analysis() {
        Span closed1 = span(A1, "The Old Mill Bridge in Westport was closed on Monday after engineers found a crack "
                + "in its main span.");
        Span closed2 = span(A2, "Engineers closed the Old Mill Bridge in Westport on Monday after finding a crack in "
                + "the main span.");
        Span closed3 = span(A3, closed1.text());
        Span fifth1 = span(A1, "About a fifth of the town's commuters use the bridge every day.");
        Span fifth2 = span(A2, "Around 20% of commuters cross it daily.");
        Span fifth3 = span(A3, fifth1.text());
        Span cost1 = span(A1, "Repairs are expected to cost 1.2 million dollars.");
        Span cost2 = span(A2, "The repair bill could reach 2 million dollars.");
        Span cost3 = span(A3, cost1.text());
        Span pranks = span(A2, "Residents said <script>alert(1)</script> & other pranks appeared on the council "
                + "website.");
        Span traffic = span(A1, "Traffic was diverted through the ring road & the harbour tunnel.");
        Span council = span(A1, "The council will meet on Friday to discuss funding.");
        Span council3 = span(A3, council.text());
        List<Fact> facts = List.of(
                new Fact("f1", closed1.text(), List.of(closed1, closed2, closed3), List.of(WIRE, GAZETTE, TIMES), 2,
                        "2025-03-03", FactStatus.CORROBORATED),
                new Fact("f2", fifth1.text(), List.of(fifth1, fifth2, fifth3), List.of(WIRE, GAZETTE, TIMES), 2,
                        "2025-03-03", FactStatus.CORROBORATED),
                new Fact("f3", cost1.text(), List.of(cost1, cost2, cost3), List.of(WIRE, GAZETTE, TIMES), 2,
                        "2025-03-03", FactStatus.DISPUTED),
                new Fact("f4", council.text(), List.of(council, council3), List.of(WIRE, GAZETTE), 1,
                        "2025-03-03", FactStatus.SINGLE_SOURCE),
                new Fact("f5", traffic.text(), List.of(traffic), List.of(GAZETTE), 1, "2025-03-03",
                        FactStatus.SINGLE_SOURCE),
                new Fact("f6", pranks.text(), List.of(pranks), List.of(TIMES), 1, "2025-03-04",
                        FactStatus.SINGLE_SOURCE));
        List<NumberComparison> numbers = List.of(
                new NumberComparison("f2", "ratio", List.of(
                        new ReportedValue(new Quantity(span(A1, "About a fifth"), 0.2, "ratio", true), GAZETTE),
                        new ReportedValue(new Quantity(span(A2, "Around 20%"), 0.2, "ratio", true), TIMES)), true),
                new NumberComparison("f3", "USD", List.of(
                        new ReportedValue(new Quantity(span(A1, "1.2 million dollars"), 1_200_000, "USD", false),
                                GAZETTE),
                        new ReportedValue(new Quantity(span(A2, "2 million dollars"), 2_000_000, "USD", true),
                                TIMES)), false));
        QuoteGroup quote = new QuoteGroup("q1", "Ana Reyes", "person:ana-reyes", List.of(
                new QuoteRendering(new Quote(span(A1, "We will not reopen it until it is safe."), span(A1, "said"),
                        new Speaker(span(A1, "Mayor Ana Reyes"), "person:ana-reyes", "Ana Reyes"), true), GAZETTE),
                new QuoteRendering(new Quote(span(A2, "until it is completely safe"), null,
                        new Speaker(span(A2, "Reyes"), "person:ana-reyes", "Ana Reyes"), true), TIMES,
                        List.of(QuoteRendering.PARAPHRASED))),
                true, 2);
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry("2025-03-03", closed1.text(), List.of(span(A1, "on Monday"), closed1), "f1", false),
                new TimelineEntry("2025-03-07", council.text(), List.of(span(A1, "on Friday"))));
        List<Contradiction> contradictions = List.of(new Contradiction(Contradiction.WHEN, "f1", List.of(
                new SlotValue(GAZETTE, "2025-03-03", span(A1, "on Monday")),
                new SlotValue(TIMES, "2025-03-10", span(A2, "on Monday")))));
        return new StoryAnalysis(STORY.id(), facts, numbers, List.of(quote), timeline, 2,
                List.of("a3 is a copy of a1 and counts once"), contradictions);
    }

    static StoryAnalysis empty() {
        return new StoryAnalysis(STORY.id(), List.of(), List.of(), List.of(), List.of(), 0, List.of());
    }
}
