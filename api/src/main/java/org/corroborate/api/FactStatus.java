package org.corroborate.api;

/** How well a fact is supported. */
public enum FactStatus {
    /** Carried by two or more independent sources with no conflicting value. */
    CORROBORATED,
    /** Carried by one independent source only. */
    SINGLE_SOURCE,
    /** Sources carry it with conflicting values (numbers, dates). */
    DISPUTED
}
