package org.corroborate.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * A fetch that did not produce a body, with its category. The message names the URL and the problem in words a
 * user can act on.
 */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a fetch failed. */
    public enum Kind {
        /** The URL is not http(s), or malformed. */
        BAD_URL(false),
        /** The host resolves to a private, loopback or otherwise non-public address and that is not allowed. */
        REFUSED(false),
        /** 404 or 410: the page is gone. */
        NOT_FOUND(false),
        /** Another 4xx status. */
        CLIENT_ERROR(false),
        /** A 5xx or 429 status (retried before this is thrown). */
        SERVER_ERROR(true),
        /** No complete response in time (retried before this is thrown). */
        TIMEOUT(true),
        /** Connection refused, reset, DNS failure (retried before this is thrown). */
        NETWORK(true),
        /** Redirects that come back to a URL already visited, or more than allowed. */
        REDIRECT_LOOP(false),
        /** The body is larger than the limit. */
        TOO_LARGE(false);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** Whether trying again later may succeed. */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Kind kind;
    private final URI uri;

    public FetchException(Kind kind, URI uri, String message) {
        super(uri + ": " + message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.uri = uri;
    }

    public Kind kind() {
        return kind;
    }

    /** The URL that failed (the last one of a redirect chain). */
    public URI uri() {
        return uri;
    }
}
