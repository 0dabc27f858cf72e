package org.corroborate.fetch;

/**
 * What a server said identifies a version of a resource, sent back on the next request (conditional GET).
 *
 * @param etag         the ETag header; null when none
 * @param lastModified the Last-Modified header; null when none
 */
public record Validators(String etag, String lastModified) {

    /** No validators: an unconditional request. */
    public static final Validators NONE = new Validators(null, null);
}
