/**
 * Corroborate's records and stage interfaces. Every record is immutable; every {@link org.corroborate.api.Span}
 * indexes the clean text of one {@link org.corroborate.api.Article}. This package has no dependencies.
 */
package org.corroborate.api;
