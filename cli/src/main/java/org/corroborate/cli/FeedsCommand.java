package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.corroborate.fetch.Fetchers;
import org.corroborate.store.FeedRecord;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import org.corroborate.watch.WatchOptions;
import org.corroborate.watch.Watcher;
import org.corroborate.watch.Watchers;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate feeds add|list|remove}: the feed subscriptions of a data directory. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Manages the feeds that 'corroborate watch' polls.",
        subcommands = {FeedsCommand.Add.class, FeedsCommand.ListFeeds.class, FeedsCommand.Remove.class})
final class FeedsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: add, list or remove");
    }


    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Subscribes feeds: RSS or Atom URLs, site pages that link to their feeds (discovered),",
                "or every feed of an OPML list (--opml). Each URL is fetched once to check it."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:every feed was subscribed", "1:usage error",
                "2:some URLs were not feeds or could not be fetched (each named on stderr)", "3:failure"})
    static final class Add implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "URL", description = "Feed or site URLs.")
        private List<String> urls = new ArrayList<>();

        @Option(names = "--opml", paramLabel = "FILE", description = "An OPML subscription list.")
        private Path opml;

        @Mixin
        private DataDirectory data;

        @Mixin
        private NetworkOptions network;

        private final EngineHolder engines;

        Add(EngineHolder engines) {
            this.engines = engines;
        }

        @Override
        public Integer call() throws InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<String> all = new ArrayList<>(urls);
            if (opml != null) {
                try {
                    all.addAll(org.corroborate.watch.Opml.feedUrls(Files.readString(opml,
                            StandardCharsets.UTF_8)));
                } catch (IOException | IllegalArgumentException e) {
                    err.println(opml + ": skipped: " + e.getMessage());
                    return ExitCodes.SOME_SKIPPED;
                }
            }
            if (all.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give feed URLs or --opml FILE");
            }
            var fetch = network.fetchOptions(spec);
            boolean failed = false;
            Optional<Store> opened = data.open(engines, err);
            if (opened.isEmpty()) {
                return ExitCodes.FAILURE;
            }
            try (Store store = opened.get()) {
                Watcher watcher = Watchers.create(store, Fetchers.http(fetch), WatchOptions.DEFAULTS);
                for (String url : all) {
                    Watcher.Outcome outcome = watcher.subscribe(url);
                    if (outcome.problem() != null) {
                        err.println(url + ": skipped: " + outcome.problem());
                        failed = true;
                    }
                    outcome.subscribed().forEach(feed -> out.println("subscribed " + feed));
                }
            } catch (StoreException e) {
                err.println("corroborate: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            return failed ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the feeds and how their polls went.")
    static final class ListFeeds implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private DataDirectory data;

        private final EngineHolder engines;

        ListFeeds(EngineHolder engines) {
            this.engines = engines;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<Store> opened = data.open(engines, spec.commandLine().getErr());
            if (opened.isEmpty()) {
                return ExitCodes.FAILURE;
            }
            try (Store store = opened.get()) {
                for (FeedRecord feed : store.feeds().list()) {
                    out.println(feed.url() + "\t" + (feed.title() == null ? "-" : feed.title()) + "\t"
                            + (feed.lastStatus() == null ? "never polled" : feed.lastStatus() + " at "
                            + feed.lastPolledAt()) + (feed.lastError() == null ? "" : "\t" + feed.lastError()));
                }
            } catch (StoreException e) {
                spec.commandLine().getErr().println("corroborate: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Unsubscribes feeds (articles stay).")
    static final class Remove implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "URL", description = "Feed URLs as listed.")
        private List<String> urls;

        @Mixin
        private DataDirectory data;

        private final EngineHolder engines;

        Remove(EngineHolder engines) {
            this.engines = engines;
        }

        @Override
        public Integer call() {
            boolean missing = false;
            Optional<Store> opened = data.open(engines, spec.commandLine().getErr());
            if (opened.isEmpty()) {
                return ExitCodes.FAILURE;
            }
            try (Store store = opened.get()) {
                for (String url : urls) {
                    if (store.feeds().remove(url)) {
                        spec.commandLine().getOut().println("removed " + url);
                    } else {
                        spec.commandLine().getErr().println(url + ": skipped: not subscribed");
                        missing = true;
                    }
                }
            } catch (StoreException e) {
                spec.commandLine().getErr().println("corroborate: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            return missing ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
        }
    }
}
