package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.store.AddResult;
import org.corroborate.store.Store;
import org.corroborate.store.Stores;
import org.corroborate.testkit.ProjectRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real server, in-process on a free port, over a store filled from {@code examples/harbour-fire} plus one
 * hostile article. Every CoreNLP-using test of this module lives here, so the models load once per test JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CHROMIUM = PageChecks.CHROMIUM;
    private static final String HOSTILE_ID = "hostile-1";

    private Path temp;

    private Engine engine;
    private Store store;
    private CorroborateServer server;
    private HttpClient http;
    private String base;
    private Path hostile;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        temp = dir;
        engine = Engine.standard(EngineOptions.DEFAULTS.withThreads(2));
        store = Stores.open(temp.resolve("data"), engine);
        hostile = temp.resolve("hostile.json");
        writeHostile("The council met on Monday.");
        AddResult added = store.add(List.of(ProjectRoot.resolve("examples/harbour-fire"), hostile));
        assertThat(added.added()).hasSizeGreaterThanOrEqualTo(6).contains(HOSTILE_ID);
        server = CorroborateServer.start(store, CorroborateServer.DEFAULT_HOST, 0);
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private void writeHostile(String extra) throws IOException {
        Files.writeString(hostile, "{\"id\": \"" + HOSTILE_ID + "\", \"outlet\": \"Hostile Gazette\","
                + " \"title\": \"Library <script>document.body.setAttribute('data-pwned','1')</script> vote\","
                + " \"published\": \"2025-02-01\", \"text\": \"The town library vote was postponed again."
                + " <script>document.body.setAttribute('data-pwned','1')</script>"
                + " <img src=x onerror=\\\"document.body.setAttribute('data-pwned','2')\\\">"
                + " Councillor Ada Brook said the building needs a new roof. " + extra + "\"}",
                StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode getJson(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private String fireStory() throws Exception {
        JsonNode page = getJson("/stories?limit=100", 200);
        for (JsonNode story : page.get("stories")) {
            if (story.get("articles").asInt() == 5) {
                return story.get("id").asText();
            }
        }
        throw new AssertionError("no five-article story in " + page);
    }

    @Test
    void listsStoriesWithPagingAndFilters() throws Exception {
        JsonNode page = getJson("/stories", 200);
        int total = page.get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page.get("limit").asInt()).isEqualTo(20);
        assertThat(page.get("stories")).hasSize(total);

        JsonNode first = getJson("/stories?limit=1&offset=0", 200);
        JsonNode second = getJson("/stories?limit=1&offset=1", 200);
        assertThat(first.get("stories")).hasSize(1);
        assertThat(second.get("stories").get(0).get("id")).isNotEqualTo(first.get("stories").get(0).get("id"));
        assertThat(getJson("/stories?offset=1000", 200).get("stories")).isEmpty();

        assertThat(getJson("/stories?outlet=" + enc("Hostile Gazette"), 200).get("total").asInt()).isEqualTo(1);
        assertThat(getJson("/stories?outlet=Nobody", 200).get("total").asInt()).isZero();
        assertThat(getJson("/stories?entity=varga", 200).get("total").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(getJson("/stories?since=2100-01-01", 200).get("total").asInt()).isZero();
    }

    @Test
    void refusesBadParametersWithJsonErrors() throws Exception {
        for (String path : List.of("/stories?limit=101", "/stories?limit=0", "/stories?limit=abc",
                "/stories?offset=-1", "/stories?since=yesterday", "/stories?outlet=" + "x".repeat(201),
                "/search", "/search?q=", "/search?q=%20%20", "/search?q=" + "x".repeat(501),
                "/search?q=fire&limit=1000")) {
            JsonNode error = getJson(path, 400);
            assertThat(error.get("error").asText()).as(path).isNotBlank();
        }
        for (String path : List.of("/stories/nope", "/stories/nope/brief.html", "/articles/nope", "/no/such/route")) {
            assertThat(getJson(path, 404).get("error").asText()).as(path).isNotBlank();
        }
    }

    @Test
    void servesTheBriefExactlyAsTheCliWritesIt() throws Exception {
        String id = fireStory();
        HttpResponse<String> response = get("/stories/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(store.story(id).orElseThrow().briefJson());
        JsonNode brief = JSON.readTree(response.body());
        assertThat(brief.get("schema").asInt()).isEqualTo(2);
        assertThat(brief.get("story").asText()).isEqualTo(id);
        assertThat(brief.get("summary")).isNotEmpty();

        HttpResponse<String> html = get("/stories/" + id + "/brief.html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(html.body()).contains("class=\"cite\"").contains(brief.get("headline").asText());
    }

    @Test
    void servesArticlesWhoseTextEveryCitationIndexes() throws Exception {
        JsonNode brief = getJson("/stories/" + fireStory(), 200);
        JsonNode citation = brief.get("summary").get(0).get("citations").get(0);
        JsonNode article = getJson("/articles/" + enc(citation.get("article").asText()), 200);
        String text = article.get("text").asText();
        assertThat(text.substring(citation.get("start").asInt(), citation.get("end").asInt()))
                .isEqualTo(citation.get("text").asText());
        assertThat(article.get("versions")).hasSize(1);
        assertThat(article.get("content_hash").asText()).hasSize(64);
    }

    @Test
    void searchesArticles() throws Exception {
        JsonNode result = getJson("/search?q=firefighters", 200);
        assertThat(result.get("hits")).isNotEmpty();
        assertThat(result.get("hits").get(0).get("story").asText()).startsWith("s");
        assertThat(getJson("/search?q=" + enc("AND (("), 200).get("hits")).isNotNull();
        assertThat(getJson("/search?q=zzqqxx", 200).get("hits")).isEmpty();
        JsonNode meaning = getJson("/search?mode=meaning&q=" + enc("blaze at the docks"), 200);
        assertThat(meaning.get("mode").asText()).isEqualTo("meaning");
        assertThat(meaning.get("hits").get(0).get("story").asText()).isEqualTo(fireStory());
        assertThat(getJson("/search?mode=vibes&q=fire", 400).get("error").asText())
                .isEqualTo("mode must be text or meaning, was \"vibes\"");
    }

    @Test
    void reportsWhatChangedListsEntitiesAndFeeds() throws Exception {
        String storyId = getJson("/articles/" + HOSTILE_ID, 200).get("story").asText();
        JsonNode changes = getJson("/stories/" + storyId + "/changes", 200);
        assertThat(changes.get("story").asText()).isEqualTo(storyId);
        assertThat(changes.get("changes")).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("new_article");
            assertThat(c.get("article").asText()).isEqualTo(HOSTILE_ID);
        });
        assertThat(getJson("/stories/" + storyId + "/changes?since=2100-01-01", 200).get("changes")).isEmpty();
        assertThat(getJson("/stories/" + storyId + "/changes?since=2100-01-01T00:00:00Z", 200).get("changes"))
                .isEmpty();
        assertThat(getJson("/stories/" + storyId + "/changes?since=yesterday", 400).get("error").asText())
                .contains("since must be an ISO instant");
        assertThat(getJson("/stories/nope/changes", 404).get("error").asText()).isEqualTo("no story nope");

        JsonNode entities = getJson("/entities?q=varga", 200).get("entities");
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.get("name").asText()).isEqualTo("Helena Varga");
            assertThat(e.get("type").asText()).isEqualTo("PERSON");
            assertThat(e.get("stories").asInt()).isPositive();
        });
        assertThat(getJson("/entities?limit=0", 400).get("error").asText()).contains("limit");
        assertThat(getJson("/feeds", 200).get("feeds")).isEmpty();
    }

    @Test
    void refusesRequestsThatNameAnotherHost() throws Exception {
        // DNS rebinding: a browser on evil.example, whose name now resolves to 127.0.0.1, sends its own name
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /stories HTTP/1.1\r\nHost: evil.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("\"error\"", "evil.example")
                    .doesNotContain("\"stories\"");
        }
        assertThat(get("/stories").statusCode()).isEqualTo(200); // the client names 127.0.0.1
    }

    @Test
    void servesOpenApiAndTheUi() throws Exception {
        JsonNode api = getJson("/openapi.json", 200);
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable().contains("/stories", "/stories/{id}",
                "/stories/{id}/brief.html", "/stories/{id}/changes", "/articles/{id}", "/entities", "/feeds",
                "/search");
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("list.js");
        assertThat(index.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(get("/story.js").statusCode()).isEqualTo(200);
    }

    @Test
    void neverLetsArticleMarkupRun() throws Exception {
        String storyId = getJson("/articles/" + HOSTILE_ID, 200).get("story").asText();
        HttpResponse<String> html = get("/stories/" + storyId + "/brief.html");
        assertThat(html.body()).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
        String dom = chromium("/story.html?id=" + enc(storyId), null);
        // the hostile text shows as text; had it run, <body> would carry a data-pwned attribute
        assertThat(dom).contains("<body>").doesNotContain("data-pwned=\"").contains("&lt;script&gt;")
                .contains("Ada Brook");
    }

    @Test
    void browserShowsTheBriefWithAHighlightedCitation() throws Exception {
        String id = fireStory();
        Path shot = Path.of("target", "story-page.png").toAbsolutePath();
        String dom = chromium("/story.html?id=" + enc(id), null);
        assertThat(dom).contains("id=\"headline\"").contains("Summary").contains("Who said what")
                .contains("What changed in the last 24 hours").contains("class=\"coverage\"")
                .contains("class=\"cite\"").containsPattern("<mark data-spans=\"[^\"]+\" class=\"active\"");
        chromium("/story.html?id=" + enc(id), shot);
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(1000);
        String list = chromium("/", null);
        assertThat(list).contains("story.html?id=" + id).contains("data-entity=\"Helena Varga\"");
    }

    @Test
    void clickingACitationHighlightsItsSpan() throws Exception {
        Path shot = Path.of("target", "story-click.png").toAbsolutePath();
        String output = PageChecks.run(temp, "click-citation.js", base + "/story.html?id=" + enc(fireStory()),
                shot.toString());
        assertThat(output).startsWith("ok [");
        assertThat(shot).exists();
    }

    /** The acceptance path: add ../shared/seeds, serve, and the seed story shows in the browser. */
    @Test
    void theSeedStoryShowsInTheBrowserAfterAdd() throws Exception {
        Path seeds = org.corroborate.testkit.SharedData.require("seeds");
        try (Store seedStore = Stores.open(temp.resolve("seeds-data"), engine);
             CorroborateServer seedServer = CorroborateServer.start(seedStore, CorroborateServer.DEFAULT_HOST, 0)) {
            AddResult added = seedStore.add(List.of(seeds));
            assertThat(added.added()).hasSize(5);
            var page = seedStore.stories(org.corroborate.store.StoryQuery.first(10));
            var story = page.stories().stream().filter(s -> s.articles() == 5).findFirst().orElseThrow();
            String seedBase = "http://127.0.0.1:" + seedServer.port();
            String dom = chromiumAt(seedBase, "/story.html?id=" + enc(story.id()), null);
            assertThat(dom).contains("id=\"headline\"").contains("Who said what").contains("Zelensk")
                    .as("quote flags from the brief").contains("flag-truncated")
                    .containsPattern("<mark data-spans=\"[^\"]+\" class=\"active\"");
            assertThat(chromiumAt(seedBase, "/", null)).contains("story.html?id=" + story.id());
        }
    }

    @Test
    void keepsBothVersionsWhenAnArticleChanges() throws Exception {
        writeHostile("The vote is now set for June.");
        AddResult result = store.add(List.of(hostile));
        assertThat(result.updated()).containsExactly(HOSTILE_ID);
        JsonNode article = getJson("/articles/" + HOSTILE_ID, 200);
        assertThat(article.get("version").asInt()).isEqualTo(2);
        assertThat(article.get("versions")).hasSize(2);
        assertThat(article.get("versions").get(0).get("content_hash"))
                .isNotEqualTo(article.get("versions").get(1).get("content_hash"));
        assertThat(article.get("text").asText()).contains("June");
        assertThat(getJson("/search?q=June", 200).get("hits").get(0).get("article").asText()).isEqualTo(HOSTILE_ID);
    }

    /** The DOM after scripts ran (and optionally a screenshot); skips when Chromium is not installed. */
    private String chromium(String path, Path screenshot) throws Exception {
        return chromiumAt(base, path, screenshot);
    }

    private String chromiumAt(String root, String path, Path screenshot) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (see .ci/install-browser)");
        Path profile = Files.createTempDirectory(temp, "chromium");
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--window-size=1280,2400"));
        command.add(screenshot == null ? "--dump-dom" : "--screenshot=" + screenshot);
        command.add(root + path);
        Path out = temp.resolve("chromium-" + System.nanoTime() + ".out");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium timed out on " + path);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
