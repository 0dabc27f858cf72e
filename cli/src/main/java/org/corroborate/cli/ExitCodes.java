package org.corroborate.cli;

/** The exit codes of every {@code corroborate} command (documented in the README). */
final class ExitCodes {

    /** Every input was read and processed. */
    static final int OK = 0;
    /** The command line is wrong (unknown option, missing argument, bad value); nothing was done. */
    static final int USAGE = 1;
    /** Some inputs were skipped (each named on stderr); everything else was processed. */
    static final int SOME_SKIPPED = 2;
    /** The run failed (an output could not be written, a model could not be loaded, an internal error). */
    static final int FAILURE = 3;

    private ExitCodes() {
    }
}
