package org.corroborate.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;


import org.corroborate.server.ApiToken;
import org.corroborate.server.CorroborateServer;
import org.corroborate.store.Store;
import org.corroborate.watch.Watcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate serve [--data DIR] [--port 8080] [--host 127.0.0.1] [--watch] [--token-file F]}: serves the REST
 * API and the web UI over the data directory until the process is stopped (Ctrl-C); the store and server are closed
 * on the way out. Write routes need the bearer token kept in {@code DIR/api-token} (created on first start).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serves the stories of the data directory: the web UI at /, the REST API (/stories, /stories/{id},",
            "/stories/{id}/brief.html, /stories/{id}/changes, /articles/{id}, /entities, /feeds, /search?q=)",
            "described at /openapi.json. With --watch, also polls the subscribed feeds.",
            "Writes (POST /feeds, DELETE /feeds, POST /articles) need 'Authorization: Bearer TOKEN' with the token",
            "kept in DIR/api-token (created on first start, owner-only) or in --token-file.",
            "Runs until stopped (Ctrl-C). Binds 127.0.0.1 unless --host says otherwise."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped",
            "1:usage error; nothing was done",
            "3:failure (store not readable, port in use, internal error)"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirectory data;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
            description = "Port (0: any free port). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = CorroborateServer.DEFAULT_HOST,
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only).")
    private String host;

    @Option(names = "--watch", description = "Also poll the subscribed feeds in the background (as 'watch').")
    private boolean watch;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the API token of write routes (created with a new random token if"
                    + " missing). Default: DIR/api-token.")
    private Path tokenFile;

    @Mixin
    private PollingOptions polling;

    private final EngineHolder engines;

    ServeCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        var fetch = polling.network.fetchOptions(spec);
        ApiToken token;
        try {
            token = ApiToken.loadOrCreate(tokenFile != null ? tokenFile : data.path.resolve("api-token"));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            stderr.println("corroborate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Optional<Store> opened = data.open(engines, stderr);
        if (opened.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        Store store = opened.get();
        CorroborateServer server;
        try {
            server = CorroborateServer.start(store, host, port, new CorroborateServer.Writes(token, fetch));
        } catch (RuntimeException e) {
            store.close();
            stderr.println("corroborate: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Thread poller = null;
        if (watch) {
            Watcher watcher = polling.watcher(store, spec);
            WatchLoop loop = new WatchLoop(watcher, polling.every, stdout, stderr);
            poller = new Thread(loop::run, "corroborate-watch");
            poller.setDaemon(true);
            poller.start();
        }
        Thread watching = poller;
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            if (watching != null) {
                watching.interrupt();
                try {
                    watching.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            server.close();
            store.close();
            stopped.countDown();
        }, "corroborate-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stdout.printf("Serving %d articles from %s at http://%s:%d/ (Ctrl-C stops)%n", store.articleCount(), data,
                host, server.port());
        stdout.printf("Writes (POST /feeds, DELETE /feeds, POST /articles, the UI's Add panel) need the token in %s%n",
                token.file());
        stdout.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
