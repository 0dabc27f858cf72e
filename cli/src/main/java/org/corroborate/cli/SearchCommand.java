package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.corroborate.store.SearchHit;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code corroborate search QUERY [--meaning] [--limit N]}: searches the articles of a data directory. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the stored articles: full text (Lucene query syntax) or, with --meaning, by meaning",
            "(sentence embeddings of each article's lead). Prints score, article id, story id, outlet and title."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (no hit is not an error)", "1:usage error (bad query or limit)",
            "3:failure (store not readable)"})
final class SearchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORD", description = "The query.")
    private List<String> words;

    @Option(names = "--meaning", description = "Search by meaning instead of by words.")
    private boolean meaning;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits, 1 to 100. Default: ${DEFAULT-VALUE}.")
    private int limit;

    @Mixin
    private DataDirectory data;

    private final EngineHolder engines;

    SearchCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        String query = String.join(" ", words);
        if (limit < 1 || limit > Store.MAX_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 to " + Store.MAX_LIMIT);
        }
        if (query.isBlank() || query.length() > Store.MAX_QUERY_LENGTH) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the query must be 1 to "
                    + Store.MAX_QUERY_LENGTH + " characters");
        }
        if (!Files.isDirectory(data.path)) {
            spec.commandLine().getErr().println("corroborate: no data directory " + data
                    + " (create one with 'corroborate add')");
            return ExitCodes.FAILURE;
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<Store> opened = data.open(engines, spec.commandLine().getErr());
        if (opened.isEmpty()) {
            return ExitCodes.FAILURE;
        }
        try (Store store = opened.get()) {
            List<SearchHit> hits = meaning ? store.searchByMeaning(query, limit) : store.search(query, limit);
            for (SearchHit hit : hits) {
                String story = hit.storyId();
                out.printf(Locale.ROOT, "%.3f\t%s\t%s\t%s\t%s%n", hit.score(), hit.articleId(),
                        story == null ? "-" : story, hit.outlet(), hit.title() == null ? "" : hit.title());
            }
        } catch (StoreException e) {
            spec.commandLine().getErr().println("corroborate: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
