package org.corroborate.ingest;

/** Thrown inside the package when one input (a file or a record) must be skipped; the message is the problem. */
final class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    InputProblem(String message) {
        super(message, null, false, false);
    }
}
