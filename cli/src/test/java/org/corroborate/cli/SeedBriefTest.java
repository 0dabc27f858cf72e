package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.corroborate.brief.Briefs;
import org.corroborate.engine.Progress;
import org.corroborate.engine.RunResult;
import org.corroborate.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The brief of the five seed reports (../shared/seeds; skipped when absent) against our own reading of them. The
 * assertions name short phrases only; the reports themselves are read at test time.
 */
class SeedBriefTest {

    private static JsonNode brief;

    @BeforeAll
    static void run() throws Exception {
        Path seeds = SharedData.require("seeds");
        RunResult result = SharedEngine.get().run(List.of(seeds), Progress.NONE);
        assertThat(result.stories()).hasSize(1);
        brief = new ObjectMapper().readTree(Briefs.renderer("json").render(result.stories().get(0).brief()));
    }

    @Test
    void theBudapestMeetingIsCarriedByAllFiveOutlets() {
        JsonNode meeting = first(brief.path("facts"), f -> f.path("independent_sources").asInt() == 5);
        assertThat(meeting).as("a fact carried by five sources").isNotNull();
        assertThat(meeting.path("status").asText()).isEqualTo("corroborated");
        assertThat(meeting.path("outlets")).hasSize(5);
        assertThat(meeting.path("mentions")).allSatisfy(m -> assertThat(m.path("text").asText())
                .containsAnyOf("Budapest", "Hungary", "meet"));
    }

    @Test
    void detailsOnlyOneOutletHasAreSingleSource() {
        assertSingleSource("84 co-sponsors", "The Washington Post");
        assertSingleSource("currency swap", "unknown: 003_3508358cad0c78da.txt");
        assertSingleSource("until June 2026", "Agence France-Presse");
        assertSingleSource("almost reckless", "Deep News");
    }

    @Test
    void quotesRenderedDifferentlyShowEachWording() {
        // Deep News splits the remark around its attribution ("…,” Trump stated …, “so I don't know …"): one rendering
        JsonNode tomahawks = first(brief.path("quotes"), q -> q.path("wording_differs").asBoolean()
                && renderedBy(q, "Agence France-Presse", "We need them too")
                && renderedBy(q, "Deep News", "also needs Tomahawk")
                && renderedBy(q, "Deep News", "what we can do about that"));
        assertThat(tomahawks).as("Trump's Tomahawk remark in two wordings").isNotNull();
        assertThat(tomahawks.path("speaker").asText()).contains("Trump");

        JsonNode progress = first(brief.path("quotes"), q -> renderedBy(q, "The Washington Post", "great progress")
                && renderedBy(q, "Agence France-Presse", "great progress"));
        assertThat(progress).as("Trump's Truth Social line carried by several outlets").isNotNull();
        assertThat(progress.path("independent_sources").asInt()).isGreaterThanOrEqualTo(3);

        JsonNode battlefield = first(brief.path("quotes"), q -> renderedBy(q, "Agence France-Presse", "battlefield")
                && renderedBy(q, "unknown: 001_67db911ebd6f24f1.txt", "battlefield"));
        assertThat(battlefield).as("Putin's warning on the battlefield, via Ushakov").isNotNull();
    }

    @Test
    void numbersAgreeOnceNormalised() {
        JsonNode territory = first(brief.path("numbers"), n -> hasValue(n, "The Washington Post", "a fifth")
                && hasValue(n, "unknown: 003_3508358cad0c78da.txt", "20%"));
        assertThat(territory).as("a fifth = about 20% of Ukraine's territory in " + brief.path("numbers")).isNotNull();
        assertThat(territory.path("agree").asBoolean()).isTrue();
        assertThat(territory.path("unit").asText()).isEqualTo("ratio");

        JsonNode call = first(brief.path("numbers"), n -> hasValue(n, "unknown: 001_67db911ebd6f24f1.txt",
                "two and a half hours") && hasValue(n, "Deep News", "over two hours"));
        assertThat(call).as("the length of the call").isNotNull();
        assertThat(call.path("agree").asBoolean()).isTrue();
        assertThat(brief.path("facts")).noneMatch(f -> f.path("status").asText().equals("disputed"));
    }

    @Test
    void quotesShortenedOrReworded() {
        JsonNode cut = first(brief.path("quotes"), q -> renderedBy(q, "The Washington Post", "great progress")
                && renderedBy(q, "unknown: 003_3508358cad0c78da.txt", "great deal of time talking about Trade"));
        assertThat(cut).as("Trump's 'great progress' post, quoted in full by one outlet, in part by another")
                .isNotNull();
        JsonNode part = first(cut.path("renderings"), r -> r.path("outlet").asText().equals("The Washington Post")
                && first(r.path("pieces"), p -> p.path("text").asText().contains("great progress")) != null);
        assertThat(part.path("flags")).extracting(JsonNode::asText).containsExactly("truncated");

        JsonNode tomahawks = first(brief.path("quotes"), q -> renderedBy(q, "Deep News", "also needs Tomahawk"));
        assertThat(rendering(tomahawks, "Deep News").path("flags")).extracting(JsonNode::asText)
                .containsExactly("paraphrased");
    }

    @Test
    void undatedReportsAreNamedAndNoContradictionRestsOnOneArticle() {
        assertThat(brief.path("notes")).anySatisfy(n -> assertThat(n.asText())
                .startsWith("5 of 5 articles carry no publication date"));
        assertThat(brief.path("timeline")).noneMatch(t -> t.path("conflict").asBoolean());
        for (JsonNode c : brief.path("contradictions")) {
            List<String> articles = new ArrayList<>();
            c.path("values").forEach(v -> articles.add(v.path("span").path("article").asText()));
            assertThat(articles.stream().distinct().count()).as(c.toString()).isGreaterThanOrEqualTo(2);
        }
    }

    private static JsonNode rendering(JsonNode quote, String outlet) {
        return first(quote.path("renderings"), r -> r.path("outlet").asText().equals(outlet));
    }

    private static void assertSingleSource(String phrase, String outlet) {
        JsonNode fact = first(brief.path("facts"), f -> f.path("text").asText().contains(phrase));
        assertThat(fact).as("a fact with '" + phrase + "'").isNotNull();
        assertThat(fact.path("status").asText()).as(phrase).isEqualTo("single_source");
        List<String> outlets = new ArrayList<>();
        fact.path("outlets").forEach(o -> outlets.add(o.asText()));
        assertThat(outlets).as(phrase).containsExactly(outlet);
    }

    /** True when {@code outlet}'s rendering of {@code quote} holds {@code words} in one of its pieces. */
    private static boolean renderedBy(JsonNode quote, String outlet, String words) {
        return first(quote.path("renderings"), r -> r.path("outlet").asText().equals(outlet)
                && first(r.path("pieces"), p -> p.path("text").asText().contains(words)) != null) != null;
    }

    private static boolean hasValue(JsonNode number, String outlet, String words) {
        return first(number.path("values"), v -> v.path("outlet").asText().equals(outlet)
                && v.path("span").path("text").asText().contains(words)) != null;
    }

    private static JsonNode first(JsonNode array, Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        return null;
    }
}
