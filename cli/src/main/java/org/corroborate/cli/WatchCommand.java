package org.corroborate.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import org.corroborate.watch.Watcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code corroborate watch [--once] [--every 15m]}: polls the subscribed feeds into the data directory. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {
            "Polls the feeds subscribed with 'corroborate feeds add' and stores new and edited articles: conditional",
            "GET, one request per host per --host-interval, retries with back-off, failing feeds polled less often,",
            "article pages fetched when a feed carries only a teaser, recent pages re-checked for edits.",
            "Runs until stopped (Ctrl-C), or polls once with --once (e.g. from cron)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped, or (--once) every feed and page was read",
            "1:usage error; nothing was done",
            "2:(--once) some feeds or pages failed (each named on stderr); the rest was stored",
            "3:failure (store not writable, internal error)"})
final class WatchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirectory data;

    @Option(names = "--once", description = "Poll the due feeds once and exit.")
    private boolean once;

    @Mixin
    private PollingOptions polling;

    private final EngineHolder engines;

    WatchCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Optional<Store> opened = data.open(engines, stderr);
        if (opened.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        Store store = opened.get();
        Watcher watcher;
        try {
            watcher = polling.watcher(store, spec);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        if (store.feeds().list().isEmpty()) {
            store.close();
            stderr.println("corroborate: no feeds in " + data + "; subscribe with 'corroborate feeds add URL'");
            return ExitCodes.USAGE;
        }
        WatchLoop loop = new WatchLoop(watcher, polling.every, stdout, stderr);
        if (once) {
            try (store) {
                return loop.pollOnce() ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
            } catch (StoreException e) {
                stderr.println("corroborate: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
        Thread main = Thread.currentThread();
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            main.interrupt();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "corroborate-watch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stdout.println("Watching " + store.feeds().list().size() + " feeds into " + data + " (Ctrl-C stops)");
        stdout.flush();
        try {
            loop.run();
        } finally {
            store.close();
            done.countDown();
        }
        return ExitCodes.OK;
    }
}
