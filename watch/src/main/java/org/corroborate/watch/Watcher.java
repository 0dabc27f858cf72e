package org.corroborate.watch;

import java.time.Instant;
import java.util.List;

/**
 * Brings the web into a store: subscribes feeds (finding them from a site's page when given one), polls them, and
 * adds single article URLs. Create one with {@link Watchers#create}.
 *
 * <p>Not thread-safe: one poll at a time (the store itself may be read concurrently).
 */
public interface Watcher {

    /**
     * Subscribes the feed at {@code url}; when the URL is an HTML page, subscribes the feeds it announces.
     *
     * @return one line per feed subscribed, or the problem (naming the URL) when none could be
     */
    Outcome subscribe(String url) throws InterruptedException;

    /**
     * Polls every feed that is due at {@code now}, fetches new and updated items (the article page when the feed
     * carries only a teaser), re-checks recent pages for edits, and stores what it got in one add.
     */
    PollReport poll(Instant now) throws InterruptedException;

    /** The earliest time a feed is due; {@code null} when there are no feeds. */
    Instant nextDue();

    /** Fetches the article pages at {@code urls} and stores them; a page fetched before is asked for by its ETag. */
    PollReport addUrls(List<String> urls) throws InterruptedException;

    /**
     * The result of subscribing.
     *
     * @param subscribed feed URLs now subscribed
     * @param problem    why nothing was subscribed; null on success
     */
    record Outcome(List<String> subscribed, String problem) {

        public Outcome {
            subscribed = List.copyOf(subscribed);
        }
    }
}
