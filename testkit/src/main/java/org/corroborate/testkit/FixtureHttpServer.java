package org.corroborate.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 (any free port) for tests that fetch: each path answers with a page (with an ETag
 * and conditional-GET support), a status, a redirect, or a slow page, and may be changed while the test runs.
 * Counts the requests per path. Thread-safe. Close it after use.
 */
public final class FixtureHttpServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> conditionalHits = new ConcurrentHashMap<>();

    private FixtureHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Starts a server on a free port of 127.0.0.1. */
    public static FixtureHttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            FixtureHttpServer fixture = new FixtureHttpServer(server);
            server.createContext("/", fixture::handle);
            server.setExecutor(fixture.pool);
            server.start();
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The absolute URL of {@code path} (which starts with a slash). */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code body} at {@code path} with status 200, an ETag, and 304 for a matching If-None-Match. */
    public FixtureHttpServer page(String path, String contentType, String body) {
        routes.put(path, new Route(200, contentType, body, null, Duration.ZERO));
        return this;
    }

    /** Answers {@code path} with {@code status} and a short text body. */
    public FixtureHttpServer status(String path, int status) {
        routes.put(path, new Route(status, "text/plain", "status " + status, null, Duration.ZERO));
        return this;
    }

    /** Answers {@code path} with a 302 to {@code target} (a path or an absolute URL). */
    public FixtureHttpServer redirect(String path, String target) {
        routes.put(path, new Route(302, "text/plain", "", target, Duration.ZERO));
        return this;
    }

    /** Serves {@code body} at {@code path} after waiting {@code delay}. */
    public FixtureHttpServer slow(String path, Duration delay, String contentType, String body) {
        routes.put(path, new Route(200, contentType, body, null, delay));
        return this;
    }

    /** Requests made to {@code path} so far. */
    public int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    /** Requests to {@code path} that carried If-None-Match or If-Modified-Since. */
    public int conditionalHits(String path) {
        AtomicInteger count = conditionalHits.get(path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream ignored = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (ifNoneMatch != null || exchange.getRequestHeaders().getFirst("If-Modified-Since") != null) {
                conditionalHits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            }
            Route route = routes.get(path);
            if (route == null) {
                send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!route.delay().isZero()) {
                try {
                    Thread.sleep(route.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (route.location() != null) {
                exchange.getResponseHeaders().set("Location", route.location());
                exchange.sendResponseHeaders(route.status(), -1);
                return;
            }
            byte[] body = route.body().getBytes(StandardCharsets.UTF_8);
            if (route.status() == 200) {
                String etag = "\"" + sha(body) + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                if (etag.equals(ifNoneMatch)) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            send(exchange, route.status(), route.contentType(), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String sha(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Route(int status, String contentType, String body, String location, Duration delay) {
    }
}
