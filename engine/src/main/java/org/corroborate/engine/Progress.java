package org.corroborate.engine;

/**
 * Receives progress of a run, e.g. to drive a progress bar. Calls come from the thread that called
 * {@link Engine#run}, except {@link #advance()}, which worker threads may call concurrently.
 */
public interface Progress {

    /** Does nothing. */
    Progress NONE = new Progress() {
    };

    /** A phase with {@code total} steps begins. */
    default void begin(String phase, int total) {
    }

    /** One step of the current phase is done. */
    default void advance() {
    }

    /** The current phase is over. */
    default void end() {
    }
}
