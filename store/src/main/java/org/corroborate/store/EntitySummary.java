package org.corroborate.store;

/**
 * An entity with the number of stories that mention it.
 *
 * @param name    its canonical name
 * @param type    PERSON, ORGANIZATION or LOCATION
 * @param stories the number of stories it appears in
 */
public record EntitySummary(String name, String type, int stories) {
}
