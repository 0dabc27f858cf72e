package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.corroborate.api.Problem;
import org.corroborate.engine.EngineOptions;
import org.corroborate.store.AddResult;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import org.corroborate.store.Stores;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate add PATH... [--data DIR]}: stores articles (new ones, and a new version of each changed one)
 * in the data directory and recomputes every story and brief over all stored articles.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {
            "Adds articles (files and folders, as for 'brief') to the data directory: new articles are stored,",
            "changed ones get a new version, and every story and brief is recomputed over all stored articles.",
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files and folders.")
    private List<Path> paths;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "corroborate-data",
            description = "Data directory (created if missing). Default: ${DEFAULT-VALUE}.")
    private Path data;

    private final EngineHolder engines;

    AddCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        AddResult result;
        try (Store store = Stores.open(data, engines.apply(EngineOptions.DEFAULTS))) {
            result = store.add(paths);
        } catch (StoreException e) {
            stderr.println("corroborate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        for (Problem problem : result.problems()) {
            stderr.println(problem);
        }
        stdout.printf(Locale.ROOT, "%d added, %d updated, %d unchanged; %d stories in %s%n", result.added().size(),
                result.updated().size(), result.unchanged().size(), result.stories(), data);
        boolean skipped = result.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.SKIPPED);
        return skipped ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
    }
}
