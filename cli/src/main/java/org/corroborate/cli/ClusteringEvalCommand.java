package org.corroborate.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.corroborate.annotate.Annotators;
import org.corroborate.api.StoryGrouper;
import org.corroborate.engine.EngineOptions;
import org.corroborate.eval.ClusterEvaluation;
import org.corroborate.eval.ClusterReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate eval clustering}: scores story clustering. Either {@code --gold F --pred F} (two JSON-lines
 * files {@code {"id", "story"}}, e.g. the output of {@code corroborate cluster}) or {@code --data DIR|FILE --set
 * uci|multinews} (runs the standard grouper over the UCI headline stream or the pooled Multi-News sample, see
 * {@link ClusterEvaluation}). Prints pairwise and BCubed precision, recall and F1, cluster counts and the run time;
 * for a dev set also the scores of its fitting and held-out halves inside the same run.
 *
 * <p>Not thread-safe (picocli fills its fields); one instance per run.
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = {
            "Scores story clustering: pairwise and BCubed precision/recall/F1 and cluster counts.",
            "--gold F --pred F: two JSON-lines files of {\"id\", \"story\"} (e.g. 'corroborate cluster' output).",
            "--data DIR|FILE --set uci|multinews: runs the standard grouper on a dev set:",
            "  uci: uci_news_prefix_6366.tsv (headlines, shuffled with seed 13, undated);",
            "  multinews: multinews_validation_sample250.jsonl (690 documents pooled, undated).",
            "  A dev set also reports its fitting half (the first half of its gold stories in id order: settings",
            "  are chosen there) and its held-out half, each scored on its own documents inside the one run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the evaluation ran and its report was printed",
            "1:usage error (wrong option combination, missing file); nothing was done",
            "3:failure (a file is unreadable or malformed, internal error)"})
final class ClusteringEvalCommand implements Callable<Integer> {

    /** The dev sets {@code --set} knows. */
    enum DevSet {
        uci, multinews
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--gold", paramLabel = "F", description = "Gold clustering, JSON lines {\"id\", \"story\"}.")
    private Path gold;

    @Option(names = "--pred", paramLabel = "F", description = "Predicted clustering, same format.")
    private Path pred;

    @Option(names = "--data", paramLabel = "DIR|FILE",
            description = "The data file, or a folder holding it (directly or in its usual sub-folder).")
    private Path data;

    @Option(names = "--set", paramLabel = "NAME", description = "The dev set: ${COMPLETION-CANDIDATES}.")
    private DevSet set;

    @Option(names = "--annotate", description = "With --data: annotate with Stanford CoreNLP instead of naive tokens.")
    private boolean annotate;

    @Mixin
    private CandidateOptions candidateOptions;

    private final EngineHolder engines;

    /** For picocli's default factory: the standard engine, loaded only if {@code --annotate} is given. */
    ClusteringEvalCommand() {
        this(EngineHolder.standard());
    }

    ClusteringEvalCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean files = gold != null || pred != null;
        boolean dev = data != null || set != null;
        if (files == dev || (files && (gold == null || pred == null)) || (dev && (data == null || set == null))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give either --gold and --pred, or --data and --set");
        }
        if (files && annotate) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--annotate goes with --data");
        }
        Path file = files ? null : locate(data, set);
        for (Path p : files ? List.of(gold, pred) : List.of(file == null ? data : file)) {
            if (!Files.isRegularFile(p)) {
                err.println("corroborate: no such file: " + p);
                err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
                return ExitCodes.USAGE;
            }
        }
        ClusterReport report;
        try {
            report = files ? ClusterEvaluation.compareFiles(gold, pred) : runDevSet(file);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("corroborate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        out.print(report.format());
        out.flush();
        return ExitCodes.OK;
    }

    private ClusterReport runDevSet(Path file) {
        ClusterEvaluation.ClusterData stream = set == DevSet.uci ? ClusterEvaluation.uciHeadlines(file)
                : ClusterEvaluation.multiNewsPooled(file);
        StoryGrouper grouper = candidateOptions.grouper();
        if (!annotate) {
            return ClusterEvaluation.run(stream, grouper);
        }
        return ClusterEvaluation.run(stream, grouper, engines.apply(EngineOptions.DEFAULTS).annotator(),
                Annotators.entityResolver());
    }

    /** {@code data} itself when it is a file, else the set's file in it or in its usual sub-folders; null if none. */
    static Path locate(Path data, DevSet set) {
        if (Files.isRegularFile(data)) {
            return data;
        }
        List<String> candidates = set == DevSet.uci
                ? List.of(ClusterEvaluation.UCI_FILE, "uci_news_aggregator_prefix/" + ClusterEvaluation.UCI_FILE,
                        "clustering/uci_news_aggregator_prefix/" + ClusterEvaluation.UCI_FILE)
                : List.of(ClusterEvaluation.MULTINEWS_FILE, "multinews_val250/" + ClusterEvaluation.MULTINEWS_FILE,
                        "mds/multinews_val250/" + ClusterEvaluation.MULTINEWS_FILE);
        for (String candidate : candidates) {
            Path p = data.resolve(candidate);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }
}
