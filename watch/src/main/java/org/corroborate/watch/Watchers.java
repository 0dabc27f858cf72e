package org.corroborate.watch;

import java.time.Clock;
import java.util.Objects;

import org.corroborate.fetch.Fetcher;
import org.corroborate.store.Store;

/** Factory of {@link Watcher}s. */
public final class Watchers {

    private Watchers() {
    }

    /**
     * @param store   where feeds, pages and articles are kept; the caller closes it
     * @param fetcher how pages are fetched (its options decide about private networks)
     * @param options polling behaviour
     */
    public static Watcher create(Store store, Fetcher fetcher, WatchOptions options) {
        return new FeedWatcher(Objects.requireNonNull(store, "store"), Objects.requireNonNull(fetcher, "fetcher"),
                Objects.requireNonNull(options, "options"), Clock.systemUTC());
    }
}
