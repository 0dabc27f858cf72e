package org.corroborate.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.corroborate.store.ArticleVersion;
import org.corroborate.store.EntitySummary;
import org.corroborate.store.FeedRecord;
import org.corroborate.store.StoryChange;
import org.corroborate.store.SearchHit;
import org.corroborate.store.Store;
import org.corroborate.store.StoredArticle;
import org.corroborate.store.StoredStory;
import org.corroborate.store.StoryPage;
import org.corroborate.store.StoryQuery;
import org.corroborate.store.StorySummary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * The REST handlers. Every body is JSON (UTF-8) except the brief page; every refusal is a 4xx with
 * {@code {"error": "..."}}. Thread-safe: stateless apart from the store, which is.
 */
final class ApiRoutes {

    /** Policy of the UI and the API: only our own scripts run, never inline ones. */
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " object-src 'none'; frame-ancestors 'self'; base-uri 'none'";

    /** Policy of the rendered brief page: no script at all (its styles are inline). */
    static final String BRIEF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self';"
            + " base-uri 'none'";

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_OFFSET = 1_000_000;
    static final int MAX_ID_LENGTH = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=utf-8";

    private final Store store;
    private final String openApi;

    ApiRoutes(Store store) {
        this.store = store;
        try (InputStream in = ApiRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the class path");
            }
            openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stories(Context ctx) {
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, Store.MAX_LIMIT);
        int offset = intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        LocalDate since = null;
        String sinceText = ctx.queryParam("since");
        if (sinceText != null && !sinceText.isBlank()) {
            try {
                since = LocalDate.parse(sinceText.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("since must be an ISO date (yyyy-mm-dd), was \"" + clip(sinceText) + "\"");
            }
        }
        StoryQuery query;
        try {
            query = new StoryQuery(limit, offset, ctx.queryParam("outlet"), ctx.queryParam("entity"), since);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        StoryPage page = store.stories(query);
        ObjectNode body = JSON.createObjectNode();
        body.put("total", page.total());
        body.put("limit", page.limit());
        body.put("offset", page.offset());
        ArrayNode list = body.putArray("stories");
        for (StorySummary s : page.stories()) {
            ObjectNode node = list.addObject();
            node.put("id", s.id());
            node.put("headline", s.headline());
            node.put("articles", s.articles());
            node.put("outlets", s.outlets());
            node.put("independent_sources", s.independentSources());
            node.put("latest_published", s.latestPublished());
            node.put("updated_at", s.updatedAt());
        }
        json(ctx, body);
    }

    void story(Context ctx) {
        StoredStory story = findStory(ctx);
        ctx.contentType(JSON_TYPE).result(story.briefJson());
    }

    void briefHtml(Context ctx) {
        StoredStory story = findStory(ctx);
        ctx.header("Content-Security-Policy", BRIEF_POLICY);
        ctx.contentType("text/html; charset=utf-8").result(story.briefHtml());
    }

    void article(Context ctx) {
        String id = id(ctx);
        StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("no article " + clip(id)));
        ObjectNode body = JSON.createObjectNode();
        body.put("id", a.id());
        body.put("source", a.source());
        body.put("url", a.url());
        body.put("outlet", a.outlet());
        body.put("title", a.title());
        body.put("published", a.published());
        body.put("story", a.storyId());
        body.put("version", a.version());
        body.put("content_hash", a.contentHash());
        body.put("fetched_at", a.fetchedAt());
        body.put("text", a.text());
        ArrayNode versions = body.putArray("versions");
        for (ArticleVersion v : store.versions(id)) {
            versions.addObject().put("version", v.version()).put("content_hash", v.contentHash())
                    .put("fetched_at", v.fetchedAt());
        }
        json(ctx, body);
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("q is required");
        }
        if (q.length() > Store.MAX_QUERY_LENGTH) {
            throw ApiException.badRequest("q must be at most " + Store.MAX_QUERY_LENGTH + " characters");
        }
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, Store.MAX_LIMIT);
        String mode = ctx.queryParam("mode") == null ? "text" : ctx.queryParam("mode").strip();
        List<SearchHit> hits;
        if (mode.equals("text")) {
            hits = store.search(q, limit);
        } else if (mode.equals("meaning")) {
            try {
                hits = store.searchByMeaning(q, limit);
            } catch (UnsupportedOperationException e) {
                throw ApiException.badRequest("mode=meaning: " + e.getMessage());
            }
        } else {
            throw ApiException.badRequest("mode must be text or meaning, was \"" + clip(mode) + "\"");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("query", q);
        body.put("mode", mode);
        ArrayNode list = body.putArray("hits");
        for (SearchHit hit : hits) {
            list.addObject().put("article", hit.articleId()).put("title", hit.title()).put("outlet", hit.outlet())
                    .put("score", hit.score())
                    .put("story", hit.storyId());
        }
        json(ctx, body);
    }

    void changes(Context ctx) {
        StoredStory story = findStory(ctx);
        String sinceText = ctx.queryParam("since");
        Instant since;
        if (sinceText == null || sinceText.isBlank()) {
            since = Instant.EPOCH;
        } else {
            try {
                since = parseInstant(sinceText.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("since must be an ISO instant (2025-03-04T10:00:00Z) or date"
                        + " (2025-03-04), was \"" + clip(sinceText) + "\"");
            }
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("story", story.summary().id());
        body.put("since", since.toString());
        ArrayNode list = body.putArray("changes");
        for (StoryChange c : store.changes(story.summary().id(), since)) {
            list.addObject().put("at", c.at()).put("kind", c.kind()).put("article", c.articleId())
                    .put("text", c.text()).put("detail", c.detail());
        }
        json(ctx, body);
    }

    void entities(Context ctx) {
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, Store.MAX_LIMIT);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > MAX_ID_LENGTH) {
            throw ApiException.badRequest("q must be at most " + MAX_ID_LENGTH + " characters");
        }
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("entities");
        for (EntitySummary e : store.entities(q, limit)) {
            list.addObject().put("name", e.name()).put("type", e.type()).put("stories", e.stories());
        }
        json(ctx, body);
    }

    void feeds(Context ctx) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("feeds");
        for (FeedRecord f : store.feeds().list()) {
            list.addObject().put("url", f.url()).put("title", f.title()).put("added_at", f.addedAt())
                    .put("last_polled_at", f.lastPolledAt()).put("last_status", f.lastStatus())
                    .put("last_error", f.lastError()).put("failures", f.failures())
                    .put("next_poll_at", f.nextPollAt());
        }
        json(ctx, body);
    }

    /** An instant, or a date read as its start in UTC. */
    private static Instant parseInstant(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    void openApi(Context ctx) {
        ctx.contentType(JSON_TYPE).result(openApi);
    }

    /** Answers {@code {"error": message}} with {@code status}. */
    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        try {
            ctx.contentType(JSON_TYPE).result(JSON.writeValueAsString(Map.of("error", message)));
        } catch (JsonProcessingException e) {
            ctx.contentType(JSON_TYPE).result("{\"error\": \"internal error\"}");
        }
    }

    private StoredStory findStory(Context ctx) {
        String id = id(ctx);
        return store.story(id).orElseThrow(() -> ApiException.notFound("no story " + clip(id)));
    }

    private static String id(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw ApiException.badRequest("id must be 1 to " + MAX_ID_LENGTH + " characters");
        }
        return id;
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be an integer, was \"" + clip(text) + "\"");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    static void json(Context ctx, Object body) {
        try {
            ctx.contentType(JSON_TYPE).result(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** At most 80 characters of user input, for messages. */
    static String clip(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
