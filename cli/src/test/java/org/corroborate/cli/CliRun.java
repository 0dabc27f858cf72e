package org.corroborate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures its exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(EngineHolder engines, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CorroborateCommand.commandLine(engines, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** For commands that never need an engine. */
    static CliRun run(String... args) {
        return run(options -> {
            throw new AssertionError("no engine expected");
        }, args);
    }
}
