package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.corroborate.engine.EngineOptions;
import org.corroborate.store.Store;
import org.corroborate.store.StoreException;
import org.corroborate.store.Stores;

import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of the commands that use a store, as a picocli mixin. Not thread-safe (filled by
 * picocli, read by one command).
 */
final class DataDirectory {

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "corroborate-data",
            description = "Data directory (created if missing). Default: ${DEFAULT-VALUE}.")
    Path path;

    /**
     * Opens the store with the standard engine (its language models load only when articles are stored).
     *
     * @return the store, or empty after one line on {@code err} when it cannot be opened
     */
    Optional<Store> open(EngineHolder engines, PrintWriter err) {
        try {
            return Optional.of(Stores.open(path, engines.apply(EngineOptions.DEFAULTS)));
        } catch (StoreException e) {
            err.println("corroborate: " + e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
