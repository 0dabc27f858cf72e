package org.corroborate.api;

import java.util.Objects;

/**
 * A problem with one input, reported instead of thrown so that one bad document never aborts a batch.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source   the input as the user named it (path, {@code path:line}, URL); never null
 * @param severity {@link Severity#SKIPPED} when the input was not processed, {@link Severity#WARNING} when it was
 * @param message  what is wrong, in one line a user can act on; never null
 */
public record Problem(String source, Severity severity, String message) {

    /** How bad a problem is. */
    public enum Severity {
        /** The input was processed, with a caveat. */
        WARNING,
        /** The input was not processed at all. */
        SKIPPED
    }

    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem skipped(String source, String message) {
        return new Problem(source, Severity.SKIPPED, message);
    }

    public static Problem warning(String source, String message) {
        return new Problem(source, Severity.WARNING, message);
    }

    /** {@code source: skipped: message}, the one line the CLI prints. */
    @Override
    public String toString() {
        return source + ": " + (severity == Severity.SKIPPED ? "skipped: " : "warning: ") + message;
    }
}
