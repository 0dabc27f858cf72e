package org.corroborate.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corroborate.engine.EngineOptions;
import org.corroborate.eval.QuoteEvaluation;
import org.corroborate.eval.QuoteReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate eval quotes --data FILE [--limit N]}: scores the standard annotator's quotes on a quote-attribution
 * gold set (PolNeAR or German Wikinews JSONL, see quotes-eval/README.md) and prints the figures of
 * {@link org.corroborate.eval.QuoteMetric}.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {
            "Scores the standard annotator's quotes on a gold set of quote attributions and prints a table:",
            "quote F1 at overlap > 0.3 and > 0.8 with speaker accuracy, the quote-mark subset, and exact",
            "source/cue/content span F1. FILE: polnear-dev.jsonl (or .jsonl.gz) or german-wikinews-dev.jsonl;",
            "each gold text is annotated verbatim."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the evaluation ran and its report was printed",
            "1:usage error (e.g. the data file does not exist); nothing was done",
            "3:failure (data unreadable or not a known gold set, model not loadable, internal error)"})
final class QuotesEvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The gold JSONL file.")
    private Path data;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    private Integer limit;

    private final EngineHolder engines;

    QuotesEvalCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(data)) {
            spec.commandLine().getErr().println("corroborate: no such data file: " + data);
            spec.commandLine().getErr().println("Try '" + spec.qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        }
        if (limit != null && limit <= 0) {
            spec.commandLine().getErr().println("corroborate: --limit must be positive");
            return ExitCodes.USAGE;
        }
        QuoteReport report;
        try {
            report = QuoteEvaluation.evaluate(data, engines.apply(EngineOptions.DEFAULTS).annotator(),
                    limit == null ? Integer.MAX_VALUE : limit);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("corroborate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().print(report.format());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
