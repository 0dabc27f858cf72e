package org.corroborate.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.corroborate.eval.ExtractionEvaluation;
import org.corroborate.eval.Report;
import org.corroborate.extract.Extractors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate eval ...}: evaluations of Corroborate's stages against public benchmarks. Its only subcommand so
 * far is {@code extraction}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluates Corroborate's stages against public benchmarks.",
        subcommands = {EvalCommand.Extraction.class, QuotesEvalCommand.class, ClusteringEvalCommand.class,
            SummariesEvalCommand.class})
final class EvalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: a usage error (exit code 1 through the top-level parameter exception handler). */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (e.g. extraction)");
    }

    /** The benchmarks {@code eval extraction} knows. */
    enum Benchmark {
        scrapinghub, trafilatura
    }

    /**
     * {@code corroborate eval extraction --benchmark scrapinghub|trafilatura --data DIR}: runs the standard extractor
     * over a benchmark's pages and prints precision, recall, F1, accuracy (and metadata accuracy for trafilatura).
     */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {
                "Scores the standard extractor on an article-extraction benchmark and prints a table.",
                "scrapinghub: Zyte/Scrapinghub article-extraction-benchmark (ground-truth.json, html/<id>.html.gz),",
                "  shingle precision/recall/F1 as upstream.",
                "trafilatura: trafilatura's evaluation set (evaldata.json, cache/ and eval/),",
                "  segment precision/recall/F1/accuracy plus title, date and author accuracy."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                "0:the evaluation ran and its report was printed",
                "1:usage error (e.g. the data folder does not exist); nothing was done",
                "3:failure (benchmark files unreadable, internal error)"})
    static final class Extraction implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--benchmark", required = true, paramLabel = "NAME",
                description = "The benchmark: ${COMPLETION-CANDIDATES}.")
        private Benchmark benchmark;

        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "The benchmark's data folder.")
        private Path data;

        @Override
        public Integer call() {
            if (!Files.isDirectory(data)) {
                spec.commandLine().getErr().println("corroborate: no such data folder: " + data);
                spec.commandLine().getErr().println(
                        "Try '" + spec.qualifiedName() + " --help' for more information.");
                return ExitCodes.USAGE;
            }
            Report report = switch (benchmark) {
                case scrapinghub -> ExtractionEvaluation.scrapinghub(data, Extractors.standard());
                case trafilatura -> ExtractionEvaluation.trafilatura(data, Extractors.standard());
            };
            spec.commandLine().getOut().print(report.format());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
