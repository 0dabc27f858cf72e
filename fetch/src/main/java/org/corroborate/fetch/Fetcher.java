package org.corroborate.fetch;

import java.net.URI;

/**
 * Fetches URLs politely: conditional requests, at most one request per host per interval, transient failures retried
 * with exponential back-off (honouring Retry-After), redirects followed and checked, non-public addresses refused
 * unless allowed. Create one with {@link Fetchers#http(FetchOptions)}.
 *
 * <p>Thread-safe; the per-host spacing holds across threads.
 */
public interface Fetcher {

    /**
     * Fetches {@code uri}.
     *
     * @param uri        an http or https URL; never null
     * @param validators from an earlier response, to get a 304 when nothing changed; never null
     * @return the response (a body, or not-modified); never null
     * @throws FetchException when no body could be had; its kind tells whether trying later may help
     * @throws InterruptedException when interrupted while waiting
     */
    FetchResult fetch(URI uri, Validators validators) throws FetchException, InterruptedException;
}
