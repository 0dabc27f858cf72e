package org.corroborate.store;

import java.util.Objects;

/**
 * A subscribed feed and the state of its polling.
 *
 * @param url          the feed's URL (the key); never null
 * @param title        the feed's title; null until first read
 * @param etag         the ETag of the last response, for conditional GET; nullable
 * @param lastModified the Last-Modified of the last response; nullable
 * @param addedAt      when it was subscribed, ISO-8601 instant; never null
 * @param lastPolledAt when it was last polled; nullable
 * @param lastStatus   {@code ok}, {@code not_modified} or {@code error}; nullable before the first poll
 * @param lastError    the last failure, naming the URL and problem; nullable
 * @param failures     failures in a row (drives the back-off)
 * @param nextPollAt   the earliest time of the next poll, ISO-8601 instant; nullable (poll now)
 */
public record FeedRecord(String url, String title, String etag, String lastModified, String addedAt,
                         String lastPolledAt, String lastStatus, String lastError, int failures, String nextPollAt) {

    public FeedRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** A feed just subscribed. */
    public static FeedRecord subscribed(String url, String title, String now) {
        return new FeedRecord(url, title, null, null, now, null, null, null, 0, null);
    }
}
