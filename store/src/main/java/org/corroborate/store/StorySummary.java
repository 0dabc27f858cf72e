package org.corroborate.store;

/**
 * One line of a story listing.
 *
 * @param id                 the story id
 * @param headline           the brief's headline
 * @param articles           number of articles
 * @param outlets            number of distinct outlets
 * @param independentSources number of independent sources
 * @param latestPublished    the latest publication date among its articles; null when none is dated
 * @param updatedAt          when its brief last changed, ISO-8601 instant
 */
public record StorySummary(String id, String headline, int articles, int outlets, int independentSources,
                           String latestPublished, String updatedAt) {
}
