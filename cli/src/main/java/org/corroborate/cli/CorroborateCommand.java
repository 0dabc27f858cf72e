package org.corroborate.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code corroborate} command; its subcommands do the work. */
@Command(name = "corroborate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Turns many outlets' reports of the same events into one picture a reader can verify.",
        subcommands = {BriefCommand.class, ExtractCommand.class, AnnotateCommand.class, ClusterCommand.class,
            AddCommand.class, FeedsCommand.class, WatchCommand.class, SearchCommand.class, ServeCommand.class,
            EvalCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and processed",
            "1:usage error (bad option or argument); nothing was done",
            "2:some inputs were skipped (each named on stderr); the rest was processed",
            "3:failure (output not writable, model not loadable, internal error)"})
final class CorroborateCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (e.g. brief)");
    }

    /** A command line whose subcommands get their engine from {@code engines}. */
    static CommandLine commandLine(EngineHolder engines) {
        return commandLine(engines, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** A command line writing to {@code out} and {@code err}, for tests. */
    static CommandLine commandLine(EngineHolder engines, PrintWriter out, PrintWriter err) {
        CommandLine.IFactory factory = new CommandFactory(engines);
        CommandLine line = new CommandLine(new CorroborateCommand(), factory);
        line.setOut(out);
        line.setErr(err);
        line.setExitCodeExceptionMapper(e -> ExitCodes.FAILURE);
        line.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("corroborate: " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        });
        line.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("corroborate: " + describe(e));
            return ExitCodes.FAILURE;
        });
        return line;
    }

    /**
     * What a failed command tells the user: the message of an error the project raises on purpose; for anything else
     * (a bug) also the kind of error and where in the project it happened, so that a report can name it.
     */
    static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.io.IOException || e.getClass().getName().startsWith("org.corroborate.")) {
            return message;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.corroborate.")) {
                return "internal error: " + e.getClass().getSimpleName() + ": " + message + " (at "
                        + frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                        + frame.getMethodName() + ", line " + frame.getLineNumber() + ")";
            }
        }
        return "internal error: " + e.getClass().getSimpleName() + ": " + message;
    }

    /** Builds commands, handing those with an {@code (EngineHolder)} constructor the engine holder. */
    private static final class CommandFactory implements CommandLine.IFactory {
        private final EngineHolder engines;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        CommandFactory(EngineHolder engines) {
            this.engines = engines;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            java.lang.reflect.Constructor<K> withEngine;
            try {
                withEngine = type.getDeclaredConstructor(EngineHolder.class);
            } catch (NoSuchMethodException e) {
                return fallback.create(type);
            }
            withEngine.setAccessible(true);
            return withEngine.newInstance(engines);
        }
    }
}
