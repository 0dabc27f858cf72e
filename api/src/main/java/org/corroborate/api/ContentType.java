package org.corroborate.api;

/** How the content of a {@link RawDocument} is to be read. */
public enum ContentType {
    /** An HTML page: main content and metadata are extracted from the DOM. */
    HTML,
    /** Plain text, possibly an already-scraped page with furniture lines. */
    PLAIN_TEXT
}
