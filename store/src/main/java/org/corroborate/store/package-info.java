/**
 * The embedded store: one data directory with SQLite tables of articles, their versions, stories and briefs, and
 * a Lucene full-text index of the articles. Entry points: {@link org.corroborate.store.Stores#open} and
 * {@link org.corroborate.store.Store}.
 */
package org.corroborate.store;
