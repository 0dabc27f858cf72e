package org.corroborate.server;

import java.util.Objects;

import org.corroborate.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;

/**
 * The live service: the REST API (see {@code /openapi.json}) and the web UI at {@code /}, over one {@link Store}.
 *
 * <p>Binds {@code 127.0.0.1} unless told otherwise; bound to a loopback address it answers only requests that name
 * a loopback host, so that no other site can reach it through a browser by DNS rebinding. Thread-safe; requests are
 * served concurrently by Jetty's pool and only read the store. The caller owns the store and closes it after {@link #close()}.
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
     * Starts serving.
     *
     * @param store the store to serve; never null
     * @param host  the address to bind, e.g. {@link #DEFAULT_HOST}; never null
     * @param port  the port, or 0 for any free port (see {@link #port()})
     * @return the running server
     * @throws IllegalArgumentException when the port is out of range
     */
    public static CorroborateServer start(Store store, String host, int port) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        ApiRoutes api = new ApiRoutes(store);
        HostCheck hostCheck = HostCheck.forBindAddress(host);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
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
