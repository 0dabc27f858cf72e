package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.corroborate.brief.Briefs;
import org.corroborate.engine.Progress;
import org.corroborate.engine.RunResult;
import org.corroborate.engine.StoryResult;
import org.corroborate.testkit.ProjectRoot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bundled example pile end to end: stories, planted findings, and every citation re-checked. */
class ExamplePileTest {

    private static final Path PILE = ProjectRoot.resolve("examples/harbour-fire");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunResult result;
    private static Map<String, String> texts;
    private static List<JsonNode> briefs;

    @BeforeAll
    static void run() throws IOException {
        result = SharedEngine.get().run(List.of(PILE), Progress.NONE);
        texts = new HashMap<>();
        briefs = new ArrayList<>();
        for (StoryResult story : result.stories()) {
            story.articles().forEach(a -> texts.put(a.id(), a.article().text()));
            briefs.add(JSON.readTree(Briefs.renderer("json").render(story.brief())));
        }
    }

    @Test
    void everyInputIsReadAndTheTwoStoriesStayApart() {
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.severity().name()).isEqualTo("WARNING"));
        assertThat(result.stories()).hasSize(2);
        StoryResult fire = story("Saltmere");
        StoryResult tram = story("tram");
        assertThat(fire.articles()).hasSize(5);
        assertThat(fire.outletCount()).isEqualTo(5);
        assertThat(fire.analysis().independentSources()).isEqualTo(4);
        assertThat(tram.articles()).hasSize(2);
        assertThat(tram.articles()).noneMatch(a -> a.article().text().contains("Saltmere"));
    }

    @Test
    void theWireCopyIsFound() {
        StoryResult fire = story("Saltmere");
        assertThat(fire.story().copies()).hasSize(1);
        String copy = fire.story().copies().get(0).articleId();
        String original = fire.story().copies().get(0).copyOf();
        assertThat(outletOf(fire, copy)).isEqualTo("Lakeshore Times");
        assertThat(outletOf(fire, original)).isEqualTo("Meridian Press Agency");
    }

    @Test
    void everyCitationPointsAtItsText() {
        int checked = 0;
        for (JsonNode brief : briefs) {
            assertThat(brief.path("schema").asInt()).isEqualTo(2);
            List<JsonNode> spans = new ArrayList<>();
            collectSpans(brief, spans);
            for (JsonNode span : spans) {
                String text = texts.get(span.path("article").asText());
                assertThat(text).as("article of " + span).isNotNull();
                int start = span.path("start").asInt();
                int end = span.path("end").asInt();
                assertThat(text.substring(start, end)).as(span.toString()).isEqualTo(span.path("text").asText());
                checked++;
            }
            assertThat(brief.path("summary")).isNotEmpty();
            brief.path("summary").forEach(s -> assertThat(s.path("citations")).isNotEmpty());
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void thePlantedQuoteVariantIsShownWithBothWordings() {
        JsonNode fire = brief("Saltmere");
        JsonNode group = find(fire.path("quotes"), q -> q.path("wording_differs").asBoolean()
                && contains(q.path("renderings"), r -> r.path("content").path("text").asText().contains("Nobody goes home"))
                && contains(q.path("renderings"), r -> r.path("content").path("text").asText().contains("No one will go home")));
        assertThat(group).as("quote group with both wordings in " + fire.path("quotes")).isNotNull();
        assertThat(group.path("speaker").asText()).contains("Varga");
    }

    @Test
    void aFifthAndTwentyPercentAgreeButTheFirefighterCountsDisagree() {
        JsonNode fire = brief("Saltmere");
        JsonNode fifth = find(fire.path("numbers"), n -> n.path("agree").asBoolean()
                && contains(n.path("values"), v -> v.path("span").path("text").asText().contains("fifth"))
                && contains(n.path("values"), v -> v.path("span").path("text").asText().contains("20%")));
        assertThat(fifth).as("agreeing numbers in " + fire.path("numbers")).isNotNull();

        JsonNode firefighters = find(fire.path("numbers"), n -> !n.path("agree").asBoolean()
                && contains(n.path("values"), v -> v.path("value").asDouble() == 80)
                && contains(n.path("values"), v -> v.path("value").asDouble() == 120));
        assertThat(firefighters).as("disagreeing numbers in " + fire.path("numbers")).isNotNull();
        String factId = firefighters.path("fact").asText();
        JsonNode fact = find(fire.path("facts"), f -> f.path("id").asText().equals(factId));
        assertThat(fact.path("status").asText()).isEqualTo("disputed");
    }

    @Test
    void theSingleSourceFactIsTheCouriersAlone() {
        JsonNode fire = brief("Saltmere");
        JsonNode inspection = find(fire.path("facts"), f -> f.path("text").asText().contains("fire-safety inspection"));
        assertThat(inspection).isNotNull();
        assertThat(inspection.path("status").asText()).isEqualTo("single_source");
        assertThat(inspection.path("outlets")).hasSize(1);
        assertThat(inspection.path("outlets").get(0).asText()).isEqualTo("The Saltmere Courier");

        JsonNode smoke = find(fire.path("facts"), f -> f.path("text").asText().contains("smoke inhalation"));
        assertThat(smoke.path("status").asText()).isEqualTo("corroborated");
        assertThat(smoke.path("independent_sources").asInt()).isEqualTo(4);
    }

    @Test
    void theCommandWritesThreeFilesPerStoryAndPrintsTheTable(@TempDir Path out) throws IOException {
        CliRun run = CliRun.run(SharedEngine.holder(), "brief", "--no-progress", "--out", out.toString(),
                PILE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("STORY", "ARTICLES", "OUTLETS", "INDEPENDENT", "2 stories, 6 files");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).hasSize(6);
        }
    }

    @Test
    void theSameInputGivesTheSameOutputByteForByte() {
        RunResult again = SharedEngine.get().withOptions(SharedEngine.get().options().withThreads(1))
                .run(List.of(PILE), Progress.NONE);
        assertThat(again.stories()).hasSameSizeAs(result.stories());
        for (int i = 0; i < again.stories().size(); i++) {
            for (var renderer : Briefs.renderers()) {
                assertThat(renderer.render(again.stories().get(i).brief()))
                        .isEqualTo(renderer.render(result.stories().get(i).brief()));
            }
        }
    }

    private static StoryResult story(String word) {
        return result.stories().stream()
                .filter(s -> s.articles().stream().allMatch(a -> a.article().text().contains(word)
                        || (a.article().title() != null && a.article().title().contains(word))))
                .findFirst().orElseThrow(() -> new AssertionError("no story about " + word));
    }

    private static JsonNode brief(String word) {
        String id = story(word).story().id();
        return briefs.stream().filter(b -> b.path("story").asText().equals(id)).findFirst().orElseThrow();
    }

    private static String outletOf(StoryResult story, String articleId) {
        return story.articles().stream().filter(a -> a.id().equals(articleId)).findFirst().orElseThrow()
                .article().outlet();
    }

    private static void collectSpans(JsonNode node, List<JsonNode> spans) {
        if (node.isObject() && node.has("article") && node.has("start") && node.has("end") && node.has("text")) {
            spans.add(node);
            return;
        }
        node.forEach(child -> collectSpans(child, spans));
    }

    private static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        return null;
    }

    private static boolean contains(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        return find(array, test) != null;
    }
}
