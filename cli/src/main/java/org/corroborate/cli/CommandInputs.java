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

/** How commands read their inputs: files and folders, plus an optional {@code --input-jsonl} file. */
final class CommandInputs {

    private CommandInputs() {
    }

    /** The size limit of {@code --max-input-mb}, after checking that there is some input at all. */
    static IngestOptions ingestOptions(CommandSpec spec, List<Path> paths, Path inputJsonl, double maxInputMb) {
        if (paths.isEmpty() && inputJsonl == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one FILE or --input-jsonl");
        }
        if (!(maxInputMb > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-input-mb must be positive");
        }
        return IngestOptions.ofMegabytes(maxInputMb);
    }

    /**
     * Reads the files and folders through ingest, then {@code inputJsonl} (when given) as JSON lines whatever its
     * name; its records are named {@code F:LINE}.
     */
    static IngestResult read(List<Path> paths, Path inputJsonl, IngestOptions options) {
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
