package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.corroborate.api.Problem;
import org.corroborate.fetch.Fetchers;
import org.corroborate.store.AddResult;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import org.corroborate.watch.PollReport;
import org.corroborate.watch.WatchOptions;
import org.corroborate.watch.Watchers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate add PATH|URL... [--data DIR]}: stores articles (new ones, and a new version of each changed one)
 * in the data directory and recomputes every story and brief over all stored articles.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {
            "Adds articles to the data directory: files and folders (as for 'brief', plus .warc/.warc.gz archives)",
            "and article URLs (http/https; fetched politely, asked again by ETag when added before). New articles",
            "are stored, changed ones get a new version, and every story and brief is recomputed.",
            "Serve the result with 'corroborate serve'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and stored",
            "1:usage error; nothing was done",
            "2:some inputs were skipped (each named on stderr); the rest was stored",
            "3:failure (store not writable, model not loadable, internal error)"})
final class AddCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Article files, folders, WARC files, URLs.")
    private List<String> inputs;

    @Mixin
    private DataDirectory data;

    @Mixin
    private NetworkOptions network;

    private final EngineHolder engines;

    AddCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> paths = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (String input : inputs) {
            String lower = input.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                urls.add(input);
            } else {
                paths.add(Path.of(input));
            }
        }
        var fetchOptions = urls.isEmpty() ? null : network.fetchOptions(spec);
        List<AddResult> results = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int stories = 0;
        Optional<Store> opened = data.open(engines, stderr);
        if (opened.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        try (Store store = opened.get()) {
            if (!paths.isEmpty()) {
                results.add(store.add(paths));
            }
            if (!urls.isEmpty()) {
                PollReport report = Watchers.create(store, Fetchers.http(fetchOptions), WatchOptions.DEFAULTS)
                        .addUrls(urls);
                if (report.stored() != null) {
                    results.add(report.stored());
                } else {
                    problems.addAll(report.problems());
                }
                report.feeds().stream().filter(line -> line.endsWith(": not modified")).forEach(stdout::println);
            }
            stories = store.stories(org.corroborate.store.StoryQuery.first(1)).total();
        } catch (StoreException e) {
            stderr.println("corroborate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (AddResult result : results) {
            problems.addAll(result.problems());
            added += result.added().size();
            updated += result.updated().size();
            unchanged += result.unchanged().size();
        }
        problems.forEach(stderr::println);
        stdout.printf(Locale.ROOT, "%d added, %d updated, %d unchanged; %d stories in %s%n", added, updated,
                unchanged, stories, data);
        boolean skipped = problems.stream().anyMatch(p -> p.severity() == Problem.Severity.SKIPPED);
        return skipped ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
    }
}
