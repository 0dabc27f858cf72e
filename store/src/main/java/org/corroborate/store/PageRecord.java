package org.corroborate.store;

import java.util.Objects;

/**
 * A page fetched on behalf of a feed item or {@code add URL}: what to send next time to learn whether it changed.
 *
 * @param url          the page URL as linked (the key); never null
 * @param feedUrl      the feed that linked it; null for pages added by hand
 * @param itemUpdated  the feed item's published/updated stamp when it was fetched; nullable
 * @param etag         the page's ETag; nullable
 * @param lastModified the page's Last-Modified; nullable
 * @param fetchedAt    when it was last fetched (or found unchanged), ISO-8601 instant; never null
 * @param firstSeenAt  when it was first fetched, ISO-8601 instant; never null
 * @param fetched      true when the page itself was fetched (it can be checked again for edits); false when its
 *                     text came with the feed item
 */
public record PageRecord(String url, String feedUrl, String itemUpdated, String etag, String lastModified,
                         String fetchedAt, String firstSeenAt, boolean fetched) {

    public PageRecord {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(firstSeenAt, "firstSeenAt");
    }
}
