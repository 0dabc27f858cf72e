package org.corroborate.api;

/**
 * Turns a brief into one output format.
 *
 * <p>Implementations are thread-safe.
 */
public interface BriefRenderer {

    /** The file extension without the dot: {@code md}, {@code html}, {@code json}. */
    String extension();

    /** The rendered brief. */
    String render(Brief brief);
}
