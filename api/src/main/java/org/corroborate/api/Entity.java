package org.corroborate.api;

import java.util.List;
import java.util.Objects;

/**
 * A real-world entity: the canonical name under which all its mentions are merged.
 *
 * @param id      stable id derived from the canonical name and type, e.g. {@code person:donald-trump}
 * @param name    the canonical (longest full) name
 * @param type    its kind
 * @param aliases every other spelling seen, sorted
 */
public record Entity(String id, String name, EntityType type, List<String> aliases) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
