package org.corroborate.server;

import java.util.Objects;

import org.corroborate.fetch.FetchOptions;
import org.corroborate.fetch.Fetchers;
import org.corroborate.store.Store;
import org.corroborate.watch.WatchOptions;
import org.corroborate.watch.Watchers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * The live service: the REST API (see {@code /openapi.json}) and the web UI at {@code /}, over one {@link Store}.
 *
 * <p>Binds {@code 127.0.0.1} unless told otherwise; bound to a loopback address it answers only requests that name
 * a loopback host, so that no other site can reach it through a browser by DNS rebinding. Write routes
 * ({@code POST /feeds}, {@code DELETE /feeds}, {@code POST /articles}) need {@code Authorization: Bearer <token>}
 * with the {@link ApiToken} given at start: a header a cross-site form cannot send, and the server sends no CORS
 * headers, so other sites' scripts cannot send it either. Thread-safe; requests are served concurrently by Jetty's
 * pool; writes are serialised by the store. The caller owns the store and closes it after {@link #close()}.
 */
public final class CorroborateServer implements AutoCloseable {

    /** The default bind address: this machine only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    /** Longest part of a refused Host header repeated in the error. */
    private static final int MAX_ECHOED_HOST_CHARS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(CorroborateServer.class);

    private final Javalin app;

    private CorroborateServer(Javalin app) {
        this.app = app;
    }

    /**
     * Write access: the token writes need and how pages and feeds are fetched for them.
     *
     * @param token the token; never null
     * @param fetch fetch options of {@code POST /feeds} and {@code POST /articles} URLs (private networks refused
     *              unless they allow them); never null
     */
    public record Writes(ApiToken token, FetchOptions fetch) {

        public Writes {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(fetch, "fetch");
        }
    }

    /**
     * Starts serving read-only: every write is refused with 403.
     *
     * @see #start(Store, String, int, Writes)
     */
    public static CorroborateServer start(Store store, String host, int port) {
        return start(store, host, port, null);
    }

    /**
     * Starts serving.
     *
     * @param store the store to serve; never null
     * @param host  the address to bind, e.g. {@link #DEFAULT_HOST}; never null
     * @param port  the port, or 0 for any free port (see {@link #port()})
     * @param writes the token and fetch options of the write routes; null to refuse every write (403)
     * @return the running server
     * @throws IllegalArgumentException when the port is out of range
     */
    public static CorroborateServer start(Store store, String host, int port, Writes writes) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        ApiRoutes api = new ApiRoutes(store);
        WriteRoutes write = writes == null ? new WriteRoutes(store, null, null)
                : new WriteRoutes(store, writes.token(), Watchers.create(store, Fetchers.http(writes.fetch()),
                        WatchOptions.DEFAULTS));
        HostCheck hostCheck = HostCheck.forBindAddress(host);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = WriteRoutes.MAX_BODY_BYTES;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/ui";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                String named = ctx.header("Host");
                if (!hostCheck.allows(named)) {
                    throw new ApiException(403, "this server answers only requests to localhost, 127.0.0.1 or [::1]; "
                            + "this one named " + named.substring(0, Math.min(named.length(), MAX_ECHOED_HOST_CHARS))
                            + " (serve with --host to expose it)");
                }
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", ApiRoutes.UI_POLICY);
            });
            config.routes.get("/stories", api::stories);
            config.routes.get("/stories/{id}", api::story);
            config.routes.get("/stories/{id}/brief.html", api::briefHtml);
            config.routes.get("/stories/{id}/changes", api::changes);
            config.routes.get("/entities", api::entities);
            config.routes.get("/feeds", api::feeds);
            config.routes.get("/articles/{id}", api::article);
            config.routes.get("/search", api::search);
            config.routes.get("/openapi.json", api::openApi);
            config.routes.post("/feeds", write::addFeed);
            config.routes.delete("/feeds", write::removeFeed);
            config.routes.post("/articles", write::addArticles);
            config.routes.exception(ApiException.class, (e, ctx) -> ApiRoutes.error(ctx, e.status(), e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request {} failed", ctx.path(), e);
                ApiRoutes.error(ctx, 500, "internal error");
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    ApiRoutes.error(ctx, 404, "no such resource: " + ctx.path());
                }
            });
        });
        app.start(host, port);
        return new CorroborateServer(app);
    }

    /** The port actually bound. */
    public int port() {
        return app.port();
    }

    /** Stops serving; idempotent. Does not close the store. */
    @Override
    public void close() {
        app.stop();
    }
}
