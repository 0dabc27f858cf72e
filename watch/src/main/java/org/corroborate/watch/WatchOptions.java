package org.corroborate.watch;

import java.time.Duration;
import java.util.Objects;

import org.corroborate.ingest.IngestOptions;

/**
 * How feeds are polled. Validated on construction; immutable.
 *
 * @param interval        time between two polls of a healthy feed
 * @param maxBackoff      longest wait before polling a failing feed again (the wait doubles with each failure)
 * @param revisitWindow   pages first seen within this window are checked again for edits (conditional GET)
 * @param revisitEvery    least time between two checks of the same page
 * @param teaserWords     a feed item whose text has fewer words is a teaser: the article page is fetched
 * @param maxItemsPerPoll items taken from one feed per poll (the newest first, as feeds list them)
 * @param ingest          size limits for fetched pages
 */
public record WatchOptions(Duration interval, Duration maxBackoff, Duration revisitWindow, Duration revisitEvery,
                           int teaserWords, int maxItemsPerPoll, IngestOptions ingest) {

    /** Every 15 minutes; back-off up to 6 hours; pages re-checked hourly for 2 days; teasers under 150 words. */
    public static final WatchOptions DEFAULTS = new WatchOptions(Duration.ofMinutes(15), Duration.ofHours(6),
            Duration.ofDays(2), Duration.ofHours(1), 150, 100, IngestOptions.defaults());

    public WatchOptions {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(revisitWindow, "revisitWindow");
        Objects.requireNonNull(revisitEvery, "revisitEvery");
        Objects.requireNonNull(ingest, "ingest");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        if (maxBackoff.compareTo(interval) < 0) {
            throw new IllegalArgumentException("maxBackoff must be at least the interval");
        }
        if (revisitWindow.isNegative() || revisitEvery.isNegative()) {
            throw new IllegalArgumentException("revisit durations must not be negative");
        }
        if (teaserWords < 0 || maxItemsPerPoll < 1) {
            throw new IllegalArgumentException("teaserWords must be >= 0 and maxItemsPerPoll >= 1");
        }
    }

    /** These options with another polling interval (the back-off cap grows to it if needed). */
    public WatchOptions withInterval(Duration newInterval) {
        return new WatchOptions(newInterval, maxBackoff.compareTo(newInterval) < 0 ? newInterval : maxBackoff,
                revisitWindow, revisitEvery, teaserWords, maxItemsPerPoll, ingest);
    }

    /** These options with other page revisit timings. */
    public WatchOptions withRevisits(Duration window, Duration every) {
        return new WatchOptions(interval, maxBackoff, window, every, teaserWords, maxItemsPerPoll, ingest);
    }
}
