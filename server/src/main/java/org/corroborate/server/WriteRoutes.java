package org.corroborate.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.corroborate.api.Problem;
import org.corroborate.ingest.IngestResult;
import org.corroborate.ingest.Inputs;
import org.corroborate.store.AddResult;
import org.corroborate.store.Store;
import org.corroborate.store.StoryQuery;
import org.corroborate.watch.PollReport;
import org.corroborate.watch.Watcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

/**
 * The write handlers: subscribe and unsubscribe feeds, add articles (by URL or inline). Every one first requires
 * {@code Authorization: Bearer <token>} (401 otherwise), then a JSON body ({@code application/json}, at most
 * {@link #MAX_BODY_BYTES}) where there is one. They go through the same code as the CLI: the {@link Watcher} that
 * {@code feeds add} and {@code add URL} use, the store's {@code add} that {@code add FILE} uses, and
 * {@code Inputs.fromJson}, which reads documents as {@code .json} files are read.
 *
 * <p>Thread-safe: calls into the watcher (which is not) are serialised here; the store serialises its own writes.
 */
final class WriteRoutes {

    /** Largest request body accepted. */
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

    /** Most URLs plus documents in one request. */
    static final int MAX_ITEMS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final ApiToken token;
    private final Watcher watcher;
    private final Object watcherLock = new Object();

    /**
     * @param store   the store written to; never null
     * @param token   the token writes need; null when this server takes no writes (every write is then refused)
     * @param watcher fetches feeds and pages; null exactly when {@code token} is
     */
    WriteRoutes(Store store, ApiToken token, Watcher watcher) {
        this.store = store;
        this.token = token;
        this.watcher = watcher;
    }

    /** {@code POST /feeds {"url": "..."}}: 201 with the feeds subscribed; 400 naming the URL and the problem. */
    void addFeed(Context ctx) throws InterruptedException {
        authorize(ctx);
        JsonNode body = jsonBody(ctx);
        String url = text(body, "url");
        Watcher.Outcome outcome;
        synchronized (watcherLock) {
            outcome = watcher.subscribe(url);
        }
        if (outcome.problem() != null) {
            String problem = outcome.problem();
            throw ApiException.badRequest(problem.contains(url) ? problem : url + ": " + problem);
        }
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("subscribed");
        outcome.subscribed().forEach(list::add);
        ctx.status(201);
        ApiRoutes.json(ctx, answer);
    }

    /** {@code DELETE /feeds?url=...}: 200 when it was subscribed, 404 when not. Its articles stay. */
    void removeFeed(Context ctx) {
        authorize(ctx);
        String url = ctx.queryParam("url");
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest("url is required (the feed's URL as GET /feeds lists it)");
        }
        if (!store.feeds().remove(url.strip())) {
            throw ApiException.notFound(ApiRoutes.clip(url) + ": not subscribed");
        }
        ObjectNode answer = JSON.createObjectNode();
        answer.put("removed", url.strip());
        ApiRoutes.json(ctx, answer);
    }

    /**
     * {@code POST /articles {"urls": [...], "documents": [...]}}: stores them as {@code corroborate add} does and
     * answers what was stored and every problem; a bad document or URL is a problem, never a failed request.
     */
    void addArticles(Context ctx) throws InterruptedException {
        authorize(ctx);
        JsonNode body = jsonBody(ctx);
        JsonNode urls = array(body, "urls");
        JsonNode documents = array(body, "documents");
        if (urls.isEmpty() && documents.isEmpty()) {
            throw ApiException.badRequest("give \"urls\" (article URLs) or \"documents\" (objects with \"text\" or"
                    + " \"html\"), or both");
        }
        if (urls.size() + documents.size() > MAX_ITEMS) {
            throw ApiException.badRequest("at most " + MAX_ITEMS + " urls and documents in one request, got "
                    + (urls.size() + documents.size()));
        }
        List<String> urlList = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            JsonNode url = urls.get(i);
            String lower = url.isTextual() ? url.asText().strip().toLowerCase(Locale.ROOT) : "";
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                urlList.add(url.asText().strip());
            } else {
                problems.add(Problem.skipped("urls[" + i + "]", "not an http or https URL: "
                        + ApiRoutes.clip(url.toString())));
            }
        }
        List<AddResult> results = new ArrayList<>();
        List<String> notModified = new ArrayList<>();
        if (!documents.isEmpty()) {
            IngestResult read = Inputs.fromJson("documents", documents.toString());
            if (read.documents().isEmpty()) {
                problems.addAll(read.problems());
            } else {
                results.add(store.add(read.documents(), read.problems()));
            }
        }
        if (!urlList.isEmpty()) {
            PollReport report;
            synchronized (watcherLock) {
                report = watcher.addUrls(urlList);
            }
            if (report.stored() != null) {
                results.add(report.stored());
            } else {
                problems.addAll(report.problems());
            }
            report.feeds().stream().filter(line -> line.endsWith(": not modified"))
                    .map(line -> line.substring(0, line.length() - ": not modified".length()))
                    .forEach(notModified::add);
        }
        ApiRoutes.json(ctx, answer(results, problems, notModified));
    }

    private ObjectNode answer(List<AddResult> results, List<Problem> earlier, List<String> notModified) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode added = answer.putArray("added");
        ArrayNode updated = answer.putArray("updated");
        ArrayNode unchanged = answer.putArray("unchanged");
        List<Problem> problems = new ArrayList<>(earlier);
        for (AddResult result : results) {
            result.added().forEach(added::add);
            result.updated().forEach(updated::add);
            result.unchanged().forEach(unchanged::add);
            problems.addAll(result.problems());
        }
        ArrayNode notModifiedList = answer.putArray("not_modified");
        notModified.forEach(notModifiedList::add);
        answer.put("stories", store.stories(StoryQuery.first(1)).total());
        ArrayNode list = answer.putArray("problems");
        for (Problem p : problems) {
            list.addObject().put("source", p.source()).put("severity", p.severity().name().toLowerCase(Locale.ROOT))
                    .put("message", p.message());
        }
        return answer;
    }

    private void authorize(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "this server takes no writes");
        }
        if (!token.admits(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "writes need the header Authorization: Bearer <token>, with the token"
                    + " that 'corroborate serve' keeps in its token file (it prints where)");
        }
    }

    /** The body as a JSON object: 415 when not sent as JSON, 413 when too large, 400 when not a JSON object. */
    private static JsonNode jsonBody(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "send the body as application/json, not " + (type == null ? "nothing"
                    : ApiRoutes.clip(type)));
        }
        long declared = ctx.contentLength();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge(declared);
        }
        byte[] bytes;
        try (InputStream in = ctx.bodyInputStream()) {
            bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BODY_BYTES) {
            throw tooLarge(-1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object");
        }
        return node;
    }

    private static ApiException tooLarge(long declared) {
        return new ApiException(413, "the body must be at most " + MAX_BODY_BYTES / (1024 * 1024) + " MB"
                + (declared > 0 ? ", was " + declared + " bytes" : ""));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badRequest("\"" + field + "\" is required, as a string");
        }
        return value.asText().strip();
    }

    private static JsonNode array(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return JSON.createArrayNode();
        }
        if (!value.isArray()) {
            throw ApiException.badRequest("\"" + field + "\" must be an array");
        }
        return value;
    }
}
