package org.corroborate.store;

import java.util.List;
import java.util.Optional;

/**
 * The feeds a store is subscribed to and the pages fetched for them, with what conditional GET needs. Obtained from
 * {@link Store#feeds()}; thread-safe; every write is committed at once.
 */
public interface Feeds {

    /** Every subscribed feed, in subscription order. */
    List<FeedRecord> list();

    /** The feed with this URL, if subscribed. */
    Optional<FeedRecord> get(String url);

    /** Subscribes a feed or replaces its state. */
    void put(FeedRecord feed);

    /** Unsubscribes; false when it was not subscribed. Pages already fetched stay. */
    boolean remove(String url);

    /** The page fetched from this URL, if any. */
    Optional<PageRecord> page(String url);

    /** The pages fetched for a feed and first seen at or after {@code since} (ISO-8601), oldest first. */
    List<PageRecord> pages(String feedUrl, String since);

    /** Records a page fetch. */
    void putPage(PageRecord page);
}
