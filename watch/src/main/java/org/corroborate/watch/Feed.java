package org.corroborate.watch;

import java.util.List;

/**
 * A parsed RSS or Atom feed.
 *
 * @param title the feed's title; null when it has none
 * @param items its items, in document order
 */
record Feed(String title, List<FeedItem> items) {

    Feed {
        items = List.copyOf(items);
    }
}
