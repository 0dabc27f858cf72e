package org.corroborate.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.lucene.store.LockObtainFailedException;
import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.corroborate.engine.Engine;
import org.corroborate.engine.Progress;
import org.corroborate.engine.RunResult;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.ingest.IngestResult;
import org.corroborate.ingest.Inputs;

/**
 * The {@link Store} over SQLite (one write connection, one read connection, WAL mode so reads do not wait for
 * writes) and a Lucene {@link ArticleIndex}. Thread-safe: each connection is used under its own lock and
 * {@link #add} is serialised.
 */
final class SqliteStore implements Store {

    /** Articles committed per transaction. */
    static final int BATCH = 50;

    private final Engine engine;
    private final Connection writer;
    private final Connection reader;
    private final ArticleIndex index;
    private final Object writeLock = new Object();
    private final Object readLock = new Object();
    private boolean closed;

    /** Extractions and annotations remembered between adds, per store. */
    static final int REMEMBERED = 20_000;

    private final Feeds feeds;

    /** Annotations kept in the store, so that a later process does not annotate stored articles again. */
    private final StoredAnnotations annotations;

    /** Lead vectors kept in the store, so that a later run does not embed stored articles again. */
    private final StoredEmbeddings embeddings;

    private SqliteStore(Engine engine, Connection writer, Connection reader, ArticleIndex index) {
        this.annotations = new StoredAnnotations(engine::annotator, reader, readLock);
        this.embeddings = new StoredEmbeddings(reader, readLock);
        this.engine = engine.withEmbeddingMemory(embeddings)
                .withExtractor(new RememberingExtractor(engine.extractor(), REMEMBERED))
                .withAnnotator(new RememberingAnnotator(() -> annotations, REMEMBERED));
        this.feeds = new SqliteFeeds(writer, writeLock);
        this.writer = writer;
        this.reader = reader;
        this.index = index;
    }

    static SqliteStore open(Path dir, Engine engine, StoreOptions options) {
        Connection writer = null;
        Connection reader = null;
        try {
            Files.createDirectories(dir);
            String url = "jdbc:sqlite:" + dir.resolve("store.db").toAbsolutePath();
            writer = DriverManager.getConnection(url);
            try (Statement s = writer.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
            Tables.create(writer);
            reader = DriverManager.getConnection(url);
            try (Statement s = reader.createStatement()) {
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
            ArticleIndex index = new ArticleIndex(dir.resolve("index"), options.embedder());
            SqliteStore store = new SqliteStore(engine, writer, reader, index);
            store.reconcileIndex();
            return store;
        } catch (LockObtainFailedException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw new StoreException("cannot open store " + dir + ": it is in use by another Corroborate process"
                    + " (serve or watch); stop that process first, or let 'serve --watch' poll the feeds", e);
        } catch (IOException | SQLException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public AddResult add(List<Path> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        IngestOptions ingest = new IngestOptions(engine.options().maxInputBytes(), engine.options().maxInputBytes());
        IngestResult read = Inputs.read(inputs, ingest);
        return add(read.documents(), read.problems());
    }

    @Override
    public AddResult add(List<RawDocument> documents, List<Problem> earlierProblems) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(earlierProblems, "earlierProblems");
        synchronized (writeLock) {
            ensureOpen();
            try {
                return addLocked(documents, new ArrayList<>(earlierProblems));
            } catch (SQLException | IOException e) {
                rollbackQuietly();
                throw new StoreException("cannot write store: " + e.getMessage(), e);
            }
        }
    }

    private AddResult addLocked(List<RawDocument> documents, List<Problem> problems)
            throws SQLException, IOException {
        Map<String, Extracted> fresh = new LinkedHashMap<>();
        for (RawDocument document : documents) {
            try {
                Article article = engine.extractor().extract(document);
                fresh.putIfAbsent(article.id(), new Extracted(document, article));
            } catch (BadInputException e) {
                problems.add(Problem.skipped(document.source(), e.problem()));
            } catch (RuntimeException e) {
                problems.add(Problem.skipped(document.source(), "extraction failed: " + e));
            }
        }
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Extracted> batch = new ArrayList<>();
        for (Extracted extracted : fresh.values()) {
            batch.add(extracted);
            if (batch.size() == BATCH) {
                ArticleWriter.write(writer, index, batch, added, updated, unchanged);
                batch.clear();
            }
        }
        ArticleWriter.write(writer, index, batch, added, updated, unchanged);
        RunResult run = engine.run(ArticleWriter.storedDocuments(writer), List.of(), Progress.NONE);
        annotations.save(writer);
        embeddings.save(writer);
        for (Problem problem : run.problems()) {
            if (problem.severity() == Problem.Severity.SKIPPED) {
                problems.add(problem);
            }
        }
        StoryWriter.replaceAll(writer, run.stories(), added, updated);
        return new AddResult(added, updated, unchanged, run.stories().size(), problems);
    }

    @Override
    public StoryPage stories(StoryQuery query) {
        Objects.requireNonNull(query, "query");
        synchronized (readLock) {
            ensureOpen();
            try {
                return Tables.stories(reader, query);
            } catch (SQLException e) {
                throw new StoreException("cannot read stories: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<StoredStory> story(String id) {
        Objects.requireNonNull(id, "id");
        synchronized (readLock) {
            ensureOpen();
            try {
                return Tables.story(reader, id);
            } catch (SQLException e) {
                throw new StoreException("cannot read story " + id + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        synchronized (readLock) {
            ensureOpen();
            try {
                return Tables.article(reader, id);
            } catch (SQLException e) {
                throw new StoreException("cannot read article " + id + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<ArticleVersion> versions(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        synchronized (readLock) {
            ensureOpen();
            try {
                return Tables.versions(reader, articleId);
            } catch (SQLException e) {
                throw new StoreException("cannot read versions of " + articleId + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        Objects.requireNonNull(query, "query");
        checkSearch(query, limit);
        try {
            return withStories(index.search(query, limit));
        } catch (IOException e) {
            throw new StoreException("cannot search: " + e.getMessage(), e);
        }
    }

    /** The hits with their story ids, read in one query. */
    private List<SearchHit> withStories(List<SearchHit> hits) {
        synchronized (readLock) {
            ensureOpen();
            try {
                Map<String, String> stories = Tables.storiesOf(reader, hits.stream().map(SearchHit::articleId).toList());
                return hits.stream().map(h -> h.inStory(stories.get(h.articleId()))).toList();
            } catch (SQLException e) {
                throw new StoreException("cannot read the stories of search hits: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<StoryChange> changes(String storyId, Instant since) {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(since, "since");
        synchronized (readLock) {
            ensureOpen();
            try {
                return ChangeLog.read(reader, storyId, since.toString());
            } catch (SQLException e) {
                throw new StoreException("cannot read changes of " + storyId + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<EntitySummary> entities(String query, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        synchronized (readLock) {
            ensureOpen();
            try {
                return Tables.entities(reader, query == null || query.isBlank() ? null : query.strip(), limit);
            } catch (SQLException e) {
                throw new StoreException("cannot read entities: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public Feeds feeds() {
        ensureOpen();
        return feeds;
    }

    @Override
    public List<SearchHit> searchByMeaning(String query, int limit) {
        Objects.requireNonNull(query, "query");
        checkSearch(query, limit);
        if (!index.semantic()) {
            throw new UnsupportedOperationException("semantic search is off for this store");
        }
        try {
            return withStories(index.searchByMeaning(query, limit));
        } catch (IOException e) {
            throw new StoreException("cannot search: " + e.getMessage(), e);
        }
    }

    private static void checkSearch(String query, int limit) {
        if (query.isBlank() || query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("query must be 1 to " + MAX_QUERY_LENGTH + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }

    @Override
    public int articleCount() {
        synchronized (readLock) {
            ensureOpen();
            try {
                return Tables.articleCount(reader);
            } catch (SQLException e) {
                throw new StoreException("cannot count articles: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (writeLock) {
            synchronized (readLock) {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    index.close();
                } catch (IOException e) {
                    throw new StoreException("cannot close index: " + e.getMessage(), e);
                } finally {
                    closeQuietly(reader);
                    closeQuietly(writer);
                }
            }
        }
    }

    /** Rebuilds the index from the tables when a crash left it behind them (SQLite is the source of truth). */
    private void reconcileIndex() throws SQLException, IOException {
        synchronized (writeLock) {
            if (index.size() == Tables.articleCount(writer)) {
                return;
            }
            index.clear();
            try (Statement s = writer.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, source, url, outlet, title, published, text,"
                         + " content_hash, version, fetched_at FROM articles")) {
                List<StoredArticle> batch = new ArrayList<>();
                while (rs.next()) {
                    batch.add(new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                            rs.getString(10), null));
                    if (batch.size() == BATCH) {
                        index.putAll(batch);
                        batch.clear();
                    }
                }
                index.putAll(batch);
            }
            index.commit();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("store is closed");
        }
    }

    private void rollbackQuietly() {
        try {
            if (!writer.getAutoCommit()) {
                writer.rollback();
                writer.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the original failure is reported
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // nothing more to do
            }
        }
    }

    /** SHA-256 (hex) of the title and text. */
    static String contentHash(String title, String text) {
        return Sha256.hex((byte) '\n', (title == null ? "" : title).getBytes(StandardCharsets.UTF_8),
                text.getBytes(StandardCharsets.UTF_8));
    }

    /** A document and what extraction made of it. */
    record Extracted(RawDocument document, Article article) {
    }
}
