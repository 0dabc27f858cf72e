package org.corroborate.api;

import java.util.Objects;

/**
 * A named-entity mention.
 *
 * @param span     where it stands
 * @param type     its kind
 * @param entityId the canonical entity it refers to (see {@link Entity#id()}); never null
 */
public record EntityMention(Span span, EntityType type, String entityId) {

    public EntityMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entityId, "entityId");
    }
}
