package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corroborate.engine.EngineOptions;
import org.corroborate.eval.SummaryEvaluation;
import org.corroborate.eval.SummaryReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate eval summaries --data FILE [--skip N] [--limit N]}: runs the whole engine on Multi-News
 * clusters, each cluster as one story, and prints the briefs' ROUGE (ROUGE-1.5.5 rules) under the Multi-News convention (F1, no
 * length limit) and the DUC convention (recall at 100 words). Gets its engine from the {@link EngineHolder} it is
 * built with.
 */
@Command(name = "summaries", mixinStandardHelpOptions = true,
        description = {
            "Runs the engine on Multi-News clusters (JSONL lines: id, documents, summary),",
            "each cluster as one story with a 100-word brief, and prints ROUGE-1, ROUGE-2 and",
            "ROUGE-SU4 (ROUGE-1.5.5 rules, stemmed): F1 with no length limit (Multi-News",
            "convention) and recall at 100 words (DUC convention), with 95%% bootstrap intervals."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the evaluation ran and its report was printed",
            "1:usage error (e.g. the data file does not exist); nothing was done",
            "3:failure (data unreadable, model not loadable, internal error)"})
final class SummariesEvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "The Multi-News JSONL file, e.g. multinews_validation_sample250.jsonl.")
    private Path data;

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0",
            description = {"Pass over the first N clusters (e.g. --skip 125 scores a held-out second half).",
                "Default: ${DEFAULT-VALUE}."})
    private int skip;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Score only N clusters (after --skip); 0 for all. Default: ${DEFAULT-VALUE}.")
    private int limit;

    @Mixin
    private RunOptions run = new RunOptions();

    private final EngineHolder engines;

    SummariesEvalCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all) or positive");
        }
        if (skip < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--skip must be 0 or positive");
        }
        if (!Files.isRegularFile(data)) {
            spec.commandLine().getErr().println("corroborate: no such data file: " + data);
            spec.commandLine().getErr().println("Try '" + spec.qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        }
        EngineOptions options = run.apply(spec,
                EngineOptions.DEFAULTS.withMaxWords(SummaryEvaluation.MAX_WORDS));
        SummaryReport report;
        try (ProgressBars progress = run.progress(spec)) {
            report = SummaryEvaluation.multiNews(data, engines.apply(options), skip, limit, progress);
        }
        spec.commandLine().getOut().print(report.format());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
