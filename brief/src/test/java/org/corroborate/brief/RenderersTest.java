package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.Article;
import org.corroborate.api.Brief;
import org.corroborate.api.BriefRenderer;
import org.corroborate.api.Fact;
import org.corroborate.api.FactStatus;
import org.corroborate.api.Span;
import org.corroborate.api.Story;
import org.corroborate.api.StoryAnalysis;
import org.corroborate.testkit.Fixtures;
import org.corroborate.testkit.Golden;
import org.junit.jupiter.api.Test;

class RenderersTest {

    private static final Map<String, String> TEXTS = Map.of("a1", StoryFixture.A1.text(),
            "a2", StoryFixture.A2.text(), "a3", StoryFixture.A3.text());

    private static Brief brief() {
        return Briefs.standard(new BriefOptions(60)).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                StoryFixture.analysis());
    }

    @Test
    void renderersByFormat() {
        assertThat(Briefs.renderers()).extracting(BriefRenderer::extension).containsExactly("md", "html", "json");
        assertThat(Briefs.renderer("md").extension()).isEqualTo("md");
        assertThat(Briefs.renderer("HTML").extension()).isEqualTo("html");
        assertThatThrownBy(() -> Briefs.renderer("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"xml\"").hasMessageContaining("md, html, json");
    }

    @Test
    void markdownHasEverySectionAndMatchesTheGoldenFile() {
        String md = Briefs.renderer("md").render(brief());
        assertThat(md).startsWith("# Old Mill Bridge closes after crack found\n\n"
                + "3 articles \u00b7 3 outlets \u00b7 2 independent sources\n");
        assertThat(md).contains("## Summary", "## What the outlets agree on", "## Only one outlet reports",
                "## Disagreements", "### Numbers that agree", "## Who said what", "## Timeline", "## Sources");
        assertThat(md).contains("\"About a fifth\" (Harbour Gazette) = \"Around 20%\" (Valley Times) \u2192 0.2");
        assertThat(md).contains("Valley Times: \"2 million dollars\" \u2192 2000000 USD (approximate)");
        assertThat(md).contains("(wording differs)", "copy of a1");
        assertThat(md).contains("\\<script\\>alert(1)\\</script\\>").doesNotContain("<script>");
        assertThat(md).doesNotContain("\r");
        Golden.assertMatches(Path.of("src/test/resources/golden/bridge-story.md"), md);
    }

    @Test
    void markdownFootnotesPointAtTheCitedCharacters() {
        Brief brief = brief();
        String md = Briefs.renderer("md").render(brief);
        Span first = brief.summary().get(0).citations().get(0);
        assertThat(md).contains("- [1] Harbour Gazette \u2014 Old Mill Bridge closes after crack found (article a1, "
                + "chars " + first.start() + "\u2013" + first.end() + ")");
    }

    @Test
    void htmlEscapesArticleTextAndLinksEveryCitationToAMark() {
        String html = Briefs.renderer("html").render(brief());
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=\"http");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "ring road &amp; the harbour");
        assertThat(html).contains("<h2>Summary</h2>", "<h2>What the outlets agree on</h2>",
                "<h2>Only one outlet reports</h2>", "<h2>Disagreements</h2>", "<h3>Numbers that agree</h3>",
                "<h2>Who said what</h2>", "<h2>Timeline</h2>", "<h2>Sources</h2>", "<h2>Articles</h2>");
        Matcher links = Pattern.compile("href=\"#c(\\d+)\"").matcher(html);
        int count = 0;
        while (links.find()) {
            count++;
            assertThat(html).contains("<mark id=\"c" + links.group(1) + "\"");
        }
        assertThat(count).isGreaterThan(5);
        // each mark holds exactly the cited characters, and the article texts survive the marking intact
        Matcher marks = Pattern.compile("<mark id=\"c(\\d+)\"[^>]*>").matcher(html);
        while (marks.find()) {
            String inner = unescape(stripTags(innerOfMark(html, marks.end())));
            assertThat(TEXTS.values()).anySatisfy(t -> assertThat(t).contains(inner));
        }
        Matcher texts = Pattern.compile("<div class=\"text\">(.*?)</div>", Pattern.DOTALL).matcher(html);
        List<String> shown = new ArrayList<>();
        while (texts.find()) {
            shown.add(unescape(stripTags(texts.group(1))));
        }
        assertThat(shown).containsExactly(StoryFixture.A1.text(), StoryFixture.A2.text(), StoryFixture.A3.text());
    }

    @Test
    void htmlMarksTheExactSpanOfACitation() {
        Brief brief = brief();
        String html = Briefs.renderer("html").render(brief);
        Span first = brief.summary().get(0).citations().get(0);
        int at = html.indexOf("<mark id=\"c1\"");
        String inner = html.substring(html.indexOf('>', at) + 1);
        assertThat(unescape(stripTags(innerOfMark(inner, 0)))).isEqualTo(first.text());
    }

    @Test
    void jsonFollowsTheSchemaAndEverySpanRechecks() throws Exception {
        String json = Briefs.renderer("json").render(brief());
        JsonNode root = new ObjectMapper().readTree(json);
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("schema", "story", "headline", "counts", "summary", "facts", "numbers",
                "contradictions", "quotes", "timeline", "notes", "articles");
        assertThat(root.get("schema").asInt()).isEqualTo(2);
        assertThat(root.at("/contradictions/0/slot").asText()).isEqualTo("when");
        assertThat(root.at("/contradictions/0/about").asText()).isEqualTo("f1");
        assertThat(root.at("/contradictions/0/values/1/span/article").asText()).isEqualTo("a2");
        assertThat(root.at("/quotes/0/renderings/0/flags")).isEmpty();
        assertThat(root.at("/quotes/0/renderings/1/flags/0").asText()).isEqualTo("paraphrased");
        assertThat(root.at("/timeline/0/fact").asText()).isEqualTo("f1");
        assertThat(root.at("/timeline/1/fact").isNull()).isTrue();
        assertThat(root.at("/timeline/0/conflict").asBoolean()).isFalse();
        assertThat(root.get("story").asText()).isEqualTo("s-bridge");
        assertThat(root.at("/counts/independent_sources").asInt()).isEqualTo(2);
        assertThat(root.at("/counts/outlets").asInt()).isEqualTo(3);
        assertThat(root.at("/facts/0/status").asText()).isEqualTo("corroborated");
        assertThat(root.at("/facts/2/status").asText()).isEqualTo("disputed");
        assertThat(root.at("/facts/3/status").asText()).isEqualTo("single_source");
        assertThat(root.at("/numbers/1/agree").asBoolean()).isFalse();
        assertThat(root.at("/numbers/0/values/1/value").asDouble()).isEqualTo(0.2);
        assertThat(root.at("/quotes/0/wording_differs").asBoolean()).isTrue();
        assertThat(root.at("/quotes/0/renderings/1").has("cue")).isTrue();
        JsonNode rendering = root.at("/quotes/0/renderings/0");
        assertThat(rendering.at("/content/text").asText()).contains(rendering.at("/wording/text").asText());
        assertThat(rendering.at("/wording/start").asInt()).isGreaterThanOrEqualTo(rendering.at("/content/start").asInt());
        assertThat(root.at("/quotes/0/renderings/1/cue").isNull()).isTrue();
        assertThat(root.at("/articles/0").has("url")).isTrue();
        assertThat(root.at("/articles/0/url").isNull()).isTrue();
        assertThat(root.at("/articles/2/copy_of").asText()).isEqualTo("a1");
        assertThat(root.at("/summary/0/citations/0/text").asText()).isEqualTo(root.at("/summary/0/text").asText());
        assertThat(json).contains("<script>alert(1)</script>").doesNotContain("\r").endsWith("}\n");
        assertThat(json).contains("\"schema\": 2,\n");
        int spans = checkSpans(root);
        assertThat(spans).isGreaterThan(20);
    }

    @Test
    void renderingIsDeterministic() {
        for (BriefRenderer r : Briefs.renderers()) {
            assertThat(r.render(brief())).isEqualTo(r.render(brief()));
        }
    }

    @Test
    void oneArticleStoryRendersInEveryFormat() throws Exception {
        Article solo = Fixtures.article("solo", "Solo News", "Depot fire", "Fire breaks out at depot. Nobody was "
                + "hurt.", "2025-01-02");
        Story story = new Story("s-solo", List.of("solo"), List.of(), List.of());
        Span lead = Span.of(solo, 0, 25);
        StoryAnalysis analysis = new StoryAnalysis("s-solo", List.of(new Fact("f1", lead.text(), List.of(lead),
                List.of("Solo News"), 1, "2025-01-02", FactStatus.SINGLE_SOURCE)), List.of(), List.of(), List.of(), 1,
                List.of("only one article is dated: no timeline"));
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(story, List.of(Fixtures.annotated(solo)),
                analysis);
        assertThat(brief.summary()).singleElement().extracting(s -> s.text()).isEqualTo("Fire breaks out at depot.");
        String md = Briefs.renderer("md").render(brief);
        assertThat(md).contains("1 article \u00b7 1 outlet \u00b7 1 independent source\n",
                "Note: only one article is dated: no timeline\n", "No disagreement found.");
        assertThat(Briefs.renderer("html").render(brief)).contains("<mark id=\"c1\" data-n=\"1\">Fire breaks out");
        JsonNode root = new ObjectMapper().readTree(Briefs.renderer("json").render(brief));
        assertThat(root.at("/summary/0/fact").asText()).isEqualTo("f1");
        assertThat(root.get("timeline").isEmpty()).isTrue();
    }

    @Test
    void emptyAnalysisRendersTheLeadAndCountsSourcesFromTheArticles() throws Exception {
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                StoryFixture.empty());
        String md = Briefs.renderer("md").render(brief);
        assertThat(md).contains("3 articles \u00b7 3 outlets \u00b7 2 independent sources",
                "No fact is carried by two independent sources.", "No quotations found.", "No dated events.");
        JsonNode root = new ObjectMapper().readTree(Briefs.renderer("json").render(brief));
        assertThat(root.at("/summary/0/fact").isNull()).isTrue();
        assertThat(root.get("facts").isEmpty()).isTrue();
        checkSpans(root);
        assertThat(Briefs.renderer("html").render(brief)).contains("href=\"#c1\"", "<mark id=\"c1\"");
    }

    @Test
    void unverifiableCitationsAreFlaggedNotLinked() {
        StoryAnalysis base = StoryFixture.analysis();
        Fact forged = new Fact("f7", "Forged", List.of(new Span("a2", 0, 6, "Forged")), List.of("Valley Times"), 1,
                null, FactStatus.SINGLE_SOURCE);
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(forged);
        StoryAnalysis analysis = new StoryAnalysis(base.storyId(), facts, base.numbers(), base.quoteGroups(),
                base.timeline(), 2, base.notes());
        Brief brief = Briefs.standard(BriefOptions.defaults()).brief(StoryFixture.STORY, StoryFixture.ARTICLES,
                analysis);
        String html = Briefs.renderer("html").render(brief);
        assertThat(html).contains("class=\"unverified\"");
    }

    /** Checks every span object ({article, start, end, text}) in the tree against the article texts. */
    private static int checkSpans(JsonNode node) {
        int checked = 0;
        if (node.isObject() && node.has("article") && node.has("start") && node.has("end") && node.has("text")) {
            String text = TEXTS.get(node.get("article").asText());
            assertThat(text).isNotNull();
            assertThat(text.substring(node.get("start").asInt(), node.get("end").asInt()))
                    .isEqualTo(node.get("text").asText());
            checked++;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            checked += checkSpans(it.next());
        }
        return checked;
    }

    /** The HTML inside the mark whose opening tag ends at {@code from}, up to its matching close. */
    private static String innerOfMark(String html, int from) {
        int depth = 1;
        int i = from;
        while (depth > 0) {
            int open = html.indexOf("<mark", i);
            int close = html.indexOf("</mark>", i);
            if (open >= 0 && open < close) {
                depth++;
                i = open + 5;
            } else {
                depth--;
                i = close + 7;
            }
        }
        return html.substring(from, i - 7);
    }

    private static String stripTags(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
