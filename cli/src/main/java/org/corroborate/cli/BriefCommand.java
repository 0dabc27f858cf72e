package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.corroborate.api.BriefRenderer;
import org.corroborate.api.Problem;
import org.corroborate.brief.Briefs;
import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.engine.RunResult;
import org.corroborate.engine.StoryResult;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.ingest.IngestResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate brief PATH...}: one cited brief per story, as Markdown, HTML and JSON. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {
            "Reads articles (files and folders: .html, .htm, .txt, .json, .jsonl, each optionally .gz; and",
            "--input-jsonl records), groups them into stories (or one story with --single-story)",
            "and writes one cited brief per story into the output folder:",
            "<story>.md, <story>.html (self-contained page) and <story>.json (schema 2, see docs/schema.md).",
            "Prints a table of stories; each skipped input is named on stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and processed",
            "1:usage error; nothing was done",
            "2:some inputs were skipped (each named on stderr); briefs were written for the rest",
            "3:failure (output not writable, model not loadable, internal error)"})
final class BriefCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommandInputs inputs = new CommandInputs();


    @Option(names = "--single-story",
            description = "Treat all inputs as one story (no grouping), e.g. a benchmark cluster.")
    private boolean singleStory;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "briefs",
            description = "Output folder (created if missing). Default: ${DEFAULT-VALUE}.")
    private Path out;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", defaultValue = "md,html,json",
            description = "Outputs to write, comma-separated: md, html, json. Default: ${DEFAULT-VALUE}.")
    private List<String> formats;

    @Option(names = "--max-words", paramLabel = "N", defaultValue = "120",
            description = "Word budget of each summary. Default: ${DEFAULT-VALUE}.")
    private int maxWords;

    @Mixin
    private RunOptions run = new RunOptions();

    private final EngineHolder engines;

    BriefCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        List<BriefRenderer> renderers = renderers();
        IngestOptions ingest = inputs.ingestOptions(spec);
        EngineOptions options = options();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            stderr.println("corroborate: cannot create output folder " + out + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Engine engine = engines.apply(options);
        RunResult result;
        try (ProgressBars progress = run.progress(spec)) {
            IngestResult read = inputs.read(ingest);
            result = singleStory ? engine.briefSingleStory(read.documents(), read.problems(), progress)
                    : engine.run(read.documents(), read.problems(), progress);
        }
        for (Problem problem : result.problems()) {
            stderr.println(problem);
        }
        List<Path> written = new ArrayList<>();
        for (StoryResult story : result.stories()) {
            for (BriefRenderer renderer : renderers) {
                Path file = out.resolve(story.story().id() + "." + renderer.extension());
                try {
                    Files.writeString(file, renderer.render(story.brief()), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    stderr.println("corroborate: cannot write " + file + ": " + e.getMessage());
                    return ExitCodes.FAILURE;
                }
                written.add(file);
            }
        }
        StoryTable.print(result.stories(), stdout);
        stdout.printf(Locale.ROOT, "%d stories, %d files written to %s%n", result.stories().size(), written.size(),
                out);
        long skipped = result.problems().stream().filter(p -> p.severity() == Problem.Severity.SKIPPED).count();
        if (skipped > 0) {
            stderr.printf(Locale.ROOT, "%d input(s) skipped%n", skipped);
            return ExitCodes.SOME_SKIPPED;
        }
        return ExitCodes.OK;
    }

    private List<BriefRenderer> renderers() {
        Set<String> unique = new LinkedHashSet<>();
        for (String format : formats) {
            unique.add(format.trim().toLowerCase(Locale.ROOT));
        }
        List<BriefRenderer> result = new ArrayList<>();
        for (String format : unique) {
            try {
                result.add(Briefs.renderer(format));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        return result;
    }

    private EngineOptions options() {
        if (maxWords <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-words must be positive");
        }
        return run.apply(spec, EngineOptions.DEFAULTS.withMaxWords(maxWords)
                .withMaxInputBytes((long) (inputs.maxInputMb * 1024 * 1024)));
    }
}
