package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.fetch.FetchOptions;
import org.corroborate.store.Store;
import org.corroborate.store.StoreOptions;
import org.corroborate.store.Stores;
import org.corroborate.testkit.FixtureHttpServer;
import org.corroborate.testkit.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The write routes of the real server, in-process on a free port, over a store with the real extractor and a naive
 * annotator (no CoreNLP, no MiniLM), fetching from a fixture server on 127.0.0.1.
 */
class WriteApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FetchOptions LOCAL_FETCH = FetchOptions.DEFAULTS.withAllowPrivateNetwork(true)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .withPacing(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    @TempDir
    Path temp;

    private FixtureHttpServer web;
    private Store store;
    private ApiToken token;
    private CorroborateServer server;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        web = FixtureHttpServer.start();
        store = Stores.open(temp.resolve("data"), Engine.withStages(EngineOptions.DEFAULTS.withThreads(1),
                Extractors.standard(), Fixtures::annotated), StoreOptions.textOnly());
        token = ApiToken.loadOrCreate(temp.resolve("data/api-token"));
        server = CorroborateServer.start(store, CorroborateServer.DEFAULT_HOST, 0,
                new CorroborateServer.Writes(token, LOCAL_FETCH));
        base = "http://127.0.0.1:" + server.port();
    }

    @AfterEach
    void stop() {
        server.close();
        store.close();
        web.close();
    }

    private String secret() throws Exception {
        return Files.readString(token.file()).strip();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String auth)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode write(String method, String path, String body, int status) throws Exception {
        HttpResponse<String> response = send(method, path, "application/json", body, "Bearer " + secret());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(response.body());
    }

    private JsonNode read(String path) throws Exception {
        HttpResponse<String> response = send("GET", path, null, null, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"og:site_name\" content=\"Harbour News\">"
                + "</head><body><article><h1>" + title + "</h1><p>" + body + "</p><p>The council said the harbour"
                + " bridge will stay closed while engineers inspect the cracked girder.</p></article></body></html>";
    }

    private static String document(String id, String text) {
        return "{\"id\": \"" + id + "\", \"title\": \"Bridge closed\", \"outlet\": \"Harbour News\","
                + " \"published\": \"2025-03-04\", \"text\": \"" + text + "\"}";
    }

    @Test
    void writesWithoutTheRightTokenAreRefusedAndStoreNothing() throws Exception {
        String body = "{\"documents\": [" + document("a1", "The harbour bridge closed on Monday.") + "]}";
        for (String auth : new String[] {null, "Bearer wrong", "Bearer " + secret() + "x", "Basic " + secret(),
            secret()}) {
            for (String[] route : new String[][] {{"POST", "/articles"}, {"POST", "/feeds"},
                {"DELETE", "/feeds?url=http://example.org/feed"}}) {
                HttpResponse<String> response = send(route[0], route[1], "application/json", body, auth);
                assertThat(response.statusCode()).as(route[0] + " " + route[1] + " with " + auth).isEqualTo(401);
                assertThat(JSON.readTree(response.body()).get("error").asText()).contains("Authorization: Bearer");
                assertThat(response.body()).doesNotContain(secret());
            }
        }
        // what a cross-site HTML form can send: a simple content type and no Authorization header
        HttpResponse<String> form = send("POST", "/articles", "application/x-www-form-urlencoded",
                "documents=" + URLEncoder.encode(body, StandardCharsets.UTF_8), null);
        assertThat(form.statusCode()).isEqualTo(401);
        assertThat(form.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(store.articleCount()).isZero();
        assertThat(read("/stories").get("total").asInt()).isZero();
    }

    @Test
    void addsInlineDocumentsAndReportsBadOnesWithoutFailingTheBatch() throws Exception {
        JsonNode answer = write("POST", "/articles", "{\"documents\": ["
                + document("a1", "The harbour bridge closed on Monday after engineers found a crack.")
                + ", {\"title\": \"no text\"}, 7]}", 200);

        assertThat(answer.get("added")).extracting(JsonNode::asText).containsExactly("a1");
        assertThat(answer.get("stories").asInt()).isEqualTo(1);
        assertThat(answer.get("problems")).extracting(p -> p.get("source").asText())
                .containsExactly("documents#1", "documents#2");
        assertThat(answer.get("problems").get(0).get("severity").asText()).isEqualTo("skipped");
        assertThat(answer.get("problems").get(0).get("message").asText()).contains("no text, html or body");

        JsonNode stories = read("/stories");
        assertThat(stories.get("total").asInt()).isEqualTo(1);
        assertThat(stories.get("stories").get(0).get("headline").asText()).contains("Bridge closed");
        assertThat(read("/articles/a1").get("outlet").asText()).isEqualTo("Harbour News");

        JsonNode again = write("POST", "/articles", "{\"documents\": ["
                + document("a1", "The harbour bridge closed on Monday after engineers found a crack.") + "]}", 200);
        assertThat(again.get("unchanged")).extracting(JsonNode::asText).containsExactly("a1");
        assertThat(again.get("added")).isEmpty();
    }

    @Test
    void addsArticleUrlsAsAddUrlDoes() throws Exception {
        web.page("/a", "text/html", page("Bridge closed", "The harbour bridge closed after a crack was found."));
        web.status("/gone", 404);
        String a = web.uri("/a").toString();
        String gone = web.uri("/gone").toString();

        JsonNode answer = write("POST", "/articles", "{\"urls\": [\"" + a + "\", \"" + gone
                + "\", \"ftp://example.org/x\"]}", 200);

        assertThat(answer.get("added")).hasSize(1);
        assertThat(answer.get("problems")).extracting(p -> p.get("source").asText())
                .containsExactlyInAnyOrder("urls[2]", gone);
        assertThat(read("/stories").get("total").asInt()).isEqualTo(1);

        JsonNode again = write("POST", "/articles", "{\"urls\": [\"" + a + "\"]}", 200);
        assertThat(again.get("not_modified")).extracting(JsonNode::asText).containsExactly(a);
        assertThat(web.conditionalHits("/a")).isEqualTo(1);
    }

    @Test
    void subscribesListsAndRemovesFeeds() throws Exception {
        web.page("/a", "text/html", page("Bridge closed", "The harbour bridge closed after a crack was found."));
        web.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Harbour News</title>"
                + "<item><title>Bridge closed</title><link>" + web.uri("/a") + "</link></item></channel></rss>");
        web.page("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"
                + "</head><body>Home</body></html>");
        web.page("/plain", "text/html", "<html><body>No feeds here.</body></html>");
        String feed = web.uri("/feed.xml").toString();

        JsonNode answer = write("POST", "/feeds", "{\"url\": \"" + web.uri("/") + "\"}", 201);
        assertThat(answer.get("subscribed")).extracting(JsonNode::asText).containsExactly(feed);
        assertThat(read("/feeds").get("feeds")).extracting(f -> f.get("url").asText()).containsExactly(feed);

        String plain = web.uri("/plain").toString();
        assertThat(write("POST", "/feeds", "{\"url\": \"" + plain + "\"}", 400).get("error").asText())
                .contains(plain).contains("neither an RSS/Atom feed");
        assertThat(write("POST", "/feeds", "{\"url\": \"" + web.uri("/missing") + "\"}", 400).get("error").asText())
                .contains(web.uri("/missing").toString()).contains("404");
        assertThat(write("POST", "/feeds", "{\"link\": \"x\"}", 400).get("error").asText()).contains("\"url\"");

        String query = "/feeds?url=" + URLEncoder.encode(feed, StandardCharsets.UTF_8);
        assertThat(write("DELETE", query, null, 200).get("removed").asText()).isEqualTo(feed);
        assertThat(read("/feeds").get("feeds")).isEmpty();
        assertThat(write("DELETE", query, null, 404).get("error").asText()).contains("not subscribed");
        assertThat(write("DELETE", "/feeds", null, 400).get("error").asText()).contains("url is required");
    }

    @Test
    void refusesPrivateAddressesUnlessAllowed() throws Exception {
        web.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>T</title></channel></rss>");
        try (CorroborateServer strict = CorroborateServer.start(store, CorroborateServer.DEFAULT_HOST, 0,
                new CorroborateServer.Writes(token, FetchOptions.DEFAULTS))) {
            base = "http://127.0.0.1:" + strict.port();
            assertThat(write("POST", "/feeds", "{\"url\": \"" + web.uri("/feed.xml") + "\"}", 400).get("error")
                    .asText()).contains(web.uri("/feed.xml").toString()).contains("refused");
            JsonNode answer = write("POST", "/articles", "{\"urls\": [\"" + web.uri("/feed.xml") + "\"]}", 200);
            assertThat(answer.get("problems").get(0).get("message").asText()).contains("refused");
        }
        assertThat(web.hits("/feed.xml")).isZero();
    }

    @Test
    void refusesBadBodiesWithClearErrors() throws Exception {
        assertThat(write("POST", "/articles", "{\"documents\": [", 400).get("error").asText())
                .startsWith("the body is not valid JSON");
        assertThat(write("POST", "/articles", "[1, 2]", 400).get("error").asText()).contains("JSON object");
        assertThat(write("POST", "/articles", "{}", 400).get("error").asText()).contains("\"urls\"");
        assertThat(write("POST", "/articles", "{\"urls\": \"http://example.org/\"}", 400).get("error").asText())
                .contains("must be an array");
        String many = "{\"documents\": [" + (document("x", "Text.") + ",").repeat(WriteRoutes.MAX_ITEMS)
                + document("y", "Text.") + "]}";
        assertThat(write("POST", "/articles", many, 400).get("error").asText()).contains("at most 100");

        HttpResponse<String> form = send("POST", "/articles", "text/plain", "{}", "Bearer " + secret());
        assertThat(form.statusCode()).isEqualTo(415);

        String huge = "{\"documents\": [{\"text\": \"" + "a".repeat(WriteRoutes.MAX_BODY_BYTES) + "\"}]}";
        JsonNode tooLarge = write("POST", "/articles", huge, 413);
        assertThat(tooLarge.get("error").asText()).contains("at most 10 MB");
        assertThat(store.articleCount()).isZero();
    }

    @Test
    void aServerWithoutWriteAccessRefusesEveryWrite() throws Exception {
        try (CorroborateServer readOnly = CorroborateServer.start(store, CorroborateServer.DEFAULT_HOST, 0)) {
            base = "http://127.0.0.1:" + readOnly.port();
            assertThat(write("POST", "/articles", "{\"urls\": []}", 403).get("error").asText())
                    .contains("no writes");
        }
    }

    @Test
    void theOpenApiDescriptionNamesTheWriteRoutesAndTheirSecurity() throws Exception {
        JsonNode api = read("/openapi.json");
        assertThat(api.at("/paths/~1feeds").fieldNames()).toIterable().contains("get", "post", "delete");
        assertThat(api.at("/paths/~1articles/post/security/0").has("bearerToken")).isTrue();
        assertThat(api.at("/paths/~1feeds/delete/security/0").has("bearerToken")).isTrue();
        assertThat(api.at("/components/securitySchemes/bearerToken/scheme").asText()).isEqualTo("bearer");
        assertThat(api.at("/components/schemas/AddResult/properties").fieldNames()).toIterable()
                .contains("added", "updated", "unchanged", "stories", "problems");
    }

    @Test
    void theAddPanelAddsAnArticleAndRemovesAFeedWithTheSavedToken() throws Exception {
        web.page("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Harbour News</title>"
                + "</channel></rss>");
        write("POST", "/feeds", "{\"url\": \"" + web.uri("/feed.xml") + "\"}", 201);
        String output = PageChecks.run(temp, "add-document.js", base + "/", secret());
        assertThat(output).startsWith("ok 1 added");
        assertThat(read("/stories").get("stories").get(0).get("headline").asText()).startsWith("Ferry <img");
        assertThat(read("/feeds").get("feeds")).isEmpty();
    }

    @Test
    void theTokenFileIsCreatedOwnerOnlyAndReused() throws Exception {
        Path file = temp.resolve("fresh/token");
        ApiToken created = ApiToken.loadOrCreate(file);
        String text = Files.readString(file).strip();
        assertThat(text).matches("[0-9a-f]{64}");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        ApiToken reused = ApiToken.loadOrCreate(file);
        assertThat(Files.readString(file).strip()).isEqualTo(text);
        assertThat(reused.admits("Bearer " + text)).isTrue();
        assertThat(created.admits("bearer " + text)).isTrue();
        assertThat(created.admits("Bearer " + text.substring(1))).isFalse();
        assertThat(created.toString()).doesNotContain(text);
        assertThat(ApiToken.loadOrCreate(temp.resolve("other")).admits("Bearer " + text)).isFalse();

        Path weak = Files.writeString(temp.resolve("weak"), "short\n");
        assertThatThrownBy(() -> ApiToken.loadOrCreate(weak)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(weak.toString()).hasMessageNotContaining("short");
    }
}
