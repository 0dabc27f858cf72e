package org.corroborate.api;

/** One input cannot be processed. The message names the input and the problem. */
public final class BadInputException extends CorroborateException {

    private static final long serialVersionUID = 1L;

    private final String source;

    public BadInputException(String source, String problem) {
        super(Category.BAD_INPUT, source + ": " + problem);
        this.source = source;
    }

    public BadInputException(String source, String problem, Throwable cause) {
        super(Category.BAD_INPUT, source + ": " + problem, cause);
        this.source = source;
    }

    /** The input as the user named it. */
    public String source() {
        return source;
    }

    /** The problem without the source prefix. */
    public String problem() {
        return getMessage().substring(source.length() + 2);
    }
}
