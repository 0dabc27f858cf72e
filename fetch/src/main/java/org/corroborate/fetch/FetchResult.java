package org.corroborate.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A response: either a body (status 2xx) or "not modified" (304, no body) for a conditional request.
 *
 * @param requested    the URL asked for
 * @param finalUri     the URL after redirects
 * @param status       200-299, or 304
 * @param contentType  the Content-Type header; null when absent
 * @param body         the body, decompressed; empty for 304; never null
 * @param validators   the ETag and Last-Modified to send next time; never null
 * @param fetchedAt    when the response arrived; never null
 */
public record FetchResult(URI requested, URI finalUri, int status, String contentType, byte[] body,
                          Validators validators, Instant fetchedAt) {

    public FetchResult {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(finalUri, "finalUri");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(validators, "validators");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }

    /** True for a 304: the resource did not change since the validators were issued. */
    public boolean notModified() {
        return status == 304;
    }
}
