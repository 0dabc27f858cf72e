package org.corroborate.store;

import java.nio.file.Path;
import java.util.Objects;

import org.corroborate.engine.Engine;

/** Opens stores. */
public final class Stores {

    /** The data directory used when none is given. */
    public static final Path DEFAULT_DIR = Path.of("corroborate-data");

    private Stores() {
    }

    /**
     * Opens (creating when missing) the store in {@code dir}: {@code store.db} (SQLite) and {@code index/}
     * (Lucene, with a vector index of every article's lead for semantic search). One process at a time should open a
     * directory.
     *
     * @param dir    the data directory; never null
     * @param engine the engine that computes stories on {@link Store#add}; never null
     * @return the open store; close it when done
     * @throws StoreException when the directory cannot be opened
     */
    public static Store open(Path dir, Engine engine) {
        return open(dir, engine, StoreOptions.semantic(Objects.requireNonNull(engine, "engine").sentenceModel()));
    }

    /** {@link #open(Path, Engine)} with {@code options} (e.g. {@link StoreOptions#textOnly()}). */
    public static Store open(Path dir, Engine engine, StoreOptions options) {
        return SqliteStore.open(Objects.requireNonNull(dir, "dir"), Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(options, "options"));
    }
}
