package org.corroborate.api;

/**
 * The root of Corroborate's exceptions. Each carries a {@link Category} so that callers (the CLI, the server) can
 * map it to an exit code or status without parsing messages.
 */
public class CorroborateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure this is. */
    public enum Category {
        /** An input document is unreadable or malformed; names the input. */
        BAD_INPUT,
        /** The user's options are wrong. */
        USAGE,
        /** A model or other resource could not be loaded. */
        RESOURCE,
        /** A bug or an unexpected state. */
        INTERNAL
    }

    private final Category category;

    public CorroborateException(Category category, String message) {
        super(message);
        this.category = category;
    }

    public CorroborateException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
