package org.corroborate.cli;

import java.time.Duration;

import org.corroborate.fetch.Fetchers;
import org.corroborate.store.Store;
import org.corroborate.watch.WatchOptions;
import org.corroborate.watch.Watcher;
import org.corroborate.watch.Watchers;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How feeds are polled ({@code --every} and the network flags), as a picocli mixin of {@code watch} and
 * {@code serve}. Not thread-safe (filled by picocli, read by one command).
 */
final class PollingOptions {

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
            description = "Time between polls of a feed (90s, 15m, 2h). Default: ${DEFAULT-VALUE}.")
    Duration every;

    @Mixin
    NetworkOptions network;

    /** A watcher over {@code store} with these options; a usage error when a network flag is out of range. */
    Watcher watcher(Store store, CommandSpec spec) {
        return Watchers.create(store, Fetchers.http(network.fetchOptions(spec)),
                WatchOptions.DEFAULTS.withInterval(every));
    }
}
