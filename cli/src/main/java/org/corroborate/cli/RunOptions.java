package org.corroborate.cli;

import org.corroborate.engine.EngineOptions;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How a command that runs the pipeline runs it, as a picocli mixin: {@code --threads} for annotation and
 * {@code --no-progress}. Not thread-safe (filled by picocli, read by one command).
 */
final class RunOptions {

    /** Phases with fewer steps show no progress bar. */
    static final int PROGRESS_THRESHOLD = 8;

    @Option(names = "--threads", paramLabel = "N",
            description = "Annotation threads. Default: one per core, at most 4.")
    Integer threads;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    /** {@code options} with the thread count given, if any; a usage error when it is not positive. */
    EngineOptions apply(CommandSpec spec, EngineOptions options) {
        if (threads == null) {
            return options;
        }
        if (threads <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be positive");
        }
        return options.withThreads(threads);
    }

    /** Progress bars on stderr, shown in an interactive terminal unless {@code --no-progress} is given. */
    ProgressBars progress(CommandSpec spec) {
        return new ProgressBars(!noProgress && System.console() != null, PROGRESS_THRESHOLD,
                spec.commandLine().getErr());
    }
}
