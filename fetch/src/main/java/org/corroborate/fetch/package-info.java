/**
 * Fetching pages and feeds from the web politely and safely: {@link org.corroborate.fetch.Fetchers#http} gives a
 * {@link org.corroborate.fetch.Fetcher} configured by {@link org.corroborate.fetch.FetchOptions}.
 */
package org.corroborate.fetch;
