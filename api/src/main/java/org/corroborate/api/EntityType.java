package org.corroborate.api;

/** The kinds of named entity Corroborate tracks. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
