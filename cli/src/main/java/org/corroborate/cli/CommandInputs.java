package org.corroborate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.ingest.IngestResult;
import org.corroborate.ingest.Inputs;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of a command, as a picocli mixin: files and folders ({@code PATH...}), an optional
 * {@code --input-jsonl} file read as JSON lines whatever its name, and the {@code --max-input-mb} size limit.
 * Not thread-safe (filled by picocli, read by one command).
 */
final class CommandInputs {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Article files and folders.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--input-jsonl", paramLabel = "F",
            description = "Also read F as JSON lines {\"id\", \"text\" | \"html\", \"url\", \"title\", "
                    + "\"published\", \"outlet\"}, whatever its name.")
    Path inputJsonl;

    @Option(names = "--max-input-mb", paramLabel = "MB", defaultValue = "10",
            description = "Skip input files larger than this (after decompression). Default: ${DEFAULT-VALUE}.")
    double maxInputMb;

    /** The size limit, after checking that there is some input at all; a usage error otherwise. */
    IngestOptions ingestOptions(CommandSpec spec) {
        if (paths.isEmpty() && inputJsonl == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one PATH or --input-jsonl");
        }
        if (!(maxInputMb > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-input-mb must be positive");
        }
        return IngestOptions.ofMegabytes(maxInputMb);
    }

    /**
     * Reads the files and folders through ingest, then {@code --input-jsonl} (when given) as JSON lines whatever its
     * name; its records are named {@code F:LINE}.
     */
    IngestResult read(IngestOptions options) {
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!paths.isEmpty()) {
            IngestResult files = Inputs.read(paths, options);
            documents.addAll(files.documents());
            problems.addAll(files.problems());
        }
        if (inputJsonl != null) {
            IngestResult lines = Inputs.readJsonLines(inputJsonl, options);
            documents.addAll(lines.documents());
            problems.addAll(lines.problems());
        }
        return new IngestResult(documents, problems);
    }
}
