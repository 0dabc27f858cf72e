package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * What a brief says about one of its articles.
 *
 * @param id        article id
 * @param source    input name
 * @param outlet    outlet
 * @param title     headline; nullable
 * @param url       URL; nullable
 * @param published ISO date or date-time; nullable
 * @param byline    authors
 * @param copyOf    the article it copies; nullable
 */
public record ArticleSummary(String id, String source, String outlet, String title, String url, String published,
                             List<String> byline, String copyOf) {

    public ArticleSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outlet, "outlet");
        byline = List.copyOf(byline);
    }
}
