package org.corroborate.watch;

import java.util.List;

/**
 * One feed item.
 *
 * @param link      the article's absolute URL; never null
 * @param title     its title; nullable
 * @param published publication time as ISO-8601 (instant or date); nullable
 * @param updated   last update stamp as given (Atom {@code updated}, else the published stamp); nullable
 * @param authors   author names; never null
 * @param content   the HTML (or text) the feed carries for it, full content preferred over summary; never null
 */
record FeedItem(String link, String title, String published, String updated, List<String> authors, String content) {

    FeedItem {
        authors = List.copyOf(authors);
    }
}
