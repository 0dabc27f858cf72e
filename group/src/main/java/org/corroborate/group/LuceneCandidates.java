package org.corroborate.group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import org.corroborate.text.SparseVector;

/**
 * {@link Candidates} from a Lucene index on disk: one document per placed article with its TF-IDF features as terms
 * and its lead embedding as an HNSW vector. The candidates of an article are the stories of its best
 * {@link IndexOptions#textHits()} BM25 hits (the query is its {@link IndexOptions#queryTerms()} heaviest features,
 * each boosted by its weight), of its {@link IndexOptions#vectorHits()} nearest embeddings, and of the most similar
 * articles not yet searchable in the index (kept in memory and scanned exactly). The cost per article is thus
 * bounded by the hit counts, not by the number of stories; the heap holds only that buffer and Lucene's caches.
 *
 * <p>Indexing is off the caller's path: placed articles are handed to a background thread in batches of
 * {@link IndexOptions#refreshEvery()}, which adds them, merges segments (rebuilding HNSW graphs, seconds of work for
 * large segments) and opens a new reader. The searcher adopts the reader of a batch only when
 * {@link IndexOptions#lagBatches()} later batches have been handed over, waiting for it then if it is not ready; the
 * articles in between are in the exact buffer. So a large merge stalls placement only if it takes longer than
 * {@code lagBatches × refreshEvery} arrivals.
 *
 * <p>Deterministic: one indexing thread, serial merges of adjacent segments, HNSW graphs built with Lucene's fixed
 * seed, a searcher without an executor, and readers adopted at fixed points of the arrival sequence whatever the
 * timing, so the same sequence of calls gives the same candidates.
 *
 * <p>Not thread-safe: one instance per clustering run, called from one thread; {@link #close()} stops the indexing
 * thread and deletes a temporary index directory.
 */
final class LuceneCandidates implements Candidates {

    /**
     * The knobs of the index.
     *
     * @param queryTerms   the heaviest features of an article put in its BM25 query
     * @param textHits     BM25 hits taken
     * @param vectorHits   nearest embeddings taken
     * @param recentHits   the most similar buffered articles taken (by text and by embedding, each)
     * @param refreshEvery articles per indexing batch (one new reader per batch)
     * @param lagBatches   batches handed to the indexing thread before the searcher adopts the oldest one's reader
     *                     (0: at once); the exact buffer holds at most {@code (lagBatches + 1) × refreshEvery}
     * @param maxConnections HNSW graph: neighbours per node
     * @param beamWidth      HNSW graph: candidates considered when linking a node
     */
    record IndexOptions(int queryTerms, int textHits, int vectorHits, int recentHits, int refreshEvery,
                        int lagBatches, int maxConnections, int beamWidth) {

        IndexOptions {
            if (queryTerms < 1 || textHits < 1 || vectorHits < 0 || recentHits < 1 || refreshEvery < 1
                    || lagBatches < 0 || maxConnections < 2 || beamWidth < 2) {
                throw new IllegalArgumentException("index options must be positive");
            }
        }

        /**
         * 32 query terms, 20 BM25 hits, 10 nearest embeddings, 10 buffered articles by text and 10 by embedding,
         * batches of 256 articles adopted 4 batches later (an exact buffer of at most 1,280 articles, a fraction of
         * a millisecond to scan), HNSW graph of 12 neighbours per node built with a beam of 48 (cheaper to build
         * than Lucene's 16/100; candidates only need the right story among a few dozen).
         */
        static IndexOptions defaults() {
            return new IndexOptions(32, 20, 10, 10, 256, 4, 12, 48);
        }
    }

    private static final String TERMS = "t";
    private static final String LEAD = "e";
    private static final String STORY = "s";
    private static final FieldType TERM_TYPE = termType();

    private record Recent(int story, SparseVector vector, float[] embedding) {
    }

    private final IndexOptions options;
    private final Path directory;
    private final boolean temporary;
    private final Directory store;
    private final IndexWriter writer;
    private final ExecutorService indexing;
    /** Articles not in the adopted reader, in arrival order: the handed-over batches, then {@link #batch}. */
    private final List<Recent> recent = new ArrayList<>();
    private final List<Document> batch = new ArrayList<>();
    /** Readers of the handed-over batches, oldest first. */
    private final Deque<Future<DirectoryReader>> pending = new ArrayDeque<>();
    private DirectoryReader reader;
    private IndexSearcher searcher;

    /**
     * Opens an empty index.
     *
     * @param options   the knobs; never null
     * @param directory where the index goes (must be empty or absent); null for a temporary directory that
     *                  {@link #close()} deletes
     * @throws UncheckedIOException when the index cannot be created
     */
    LuceneCandidates(IndexOptions options, Path directory) {
        this.options = options;
        try {
            this.temporary = directory == null;
            this.directory = temporary ? Files.createTempDirectory("corroborate-stories") : directory;
            this.store = FSDirectory.open(this.directory);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setMergeScheduler(new SerialMergeScheduler())
                    .setMergePolicy(mergePolicy())
                    .setRAMBufferSizeMB(64)
                    .setCodec(codec(options))
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(store, config);
            this.reader = DirectoryReader.open(writer);
            this.searcher = new IndexSearcher(reader);
            this.indexing = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "corroborate-story-index");
                thread.setDaemon(true);
                return thread;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the story index in " + directory, e);
        }
    }

    @Override
    public int[] candidates(SparseVector vector, float[] embedding) {
        TreeSet<Integer> stories = new TreeSet<>();
        try {
            if (reader.numDocs() > 0) {
                BooleanQuery query = termQuery(vector);
                if (query != null) {
                    collect(searcher.search(query, options.textHits()).scoreDocs, stories);
                }
                if (usable(embedding) && options.vectorHits() > 0) {
                    collect(searcher.search(new KnnFloatVectorQuery(LEAD, embedding, options.vectorHits()),
                            options.vectorHits()).scoreDocs, stories);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the story index in " + directory, e);
        }
        recentCandidates(vector, embedding, stories);
        return stories.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public void add(int story, SparseVector vector, float[] embedding) {
        Document doc = new Document();
        StringBuilder terms = new StringBuilder();
        for (int k = 0; k < vector.size(); k++) {
            terms.append(vector.idAt(k)).append(' ');
        }
        doc.add(new Field(TERMS, terms.toString(), TERM_TYPE));
        if (usable(embedding)) {
            doc.add(new KnnFloatVectorField(LEAD, embedding, VectorSimilarityFunction.DOT_PRODUCT));
        }
        doc.add(new NumericDocValuesField(STORY, story));
        recent.add(new Recent(story, vector, embedding));
        batch.add(doc);
        if (batch.size() >= options.refreshEvery()) {
            List<Document> documents = List.copyOf(batch);
            batch.clear();
            pending.addLast(indexing.submit(() -> index(documents)));
            while (pending.size() > options.lagBatches()) {
                adopt(pending.removeFirst());
            }
        }
    }

    /** On the indexing thread: adds a batch and opens a reader that sees it (merges run here, serially). */
    private DirectoryReader index(List<Document> documents) throws IOException {
        writer.addDocuments(documents);
        return DirectoryReader.open(writer);
    }

    /** Makes a handed-over batch searchable: waits for its reader and drops the batch from the exact buffer. */
    private void adopt(Future<DirectoryReader> next) {
        DirectoryReader fresh;
        try {
            fresh = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the story index in " + directory, e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("cannot add to the story index in " + directory,
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a reader of the story index in " + directory, e);
        }
        reader = fresh;
        searcher = new IndexSearcher(reader);
        recent.subList(0, options.refreshEvery()).clear();
    }

    @Override
    public void close() {
        // no interrupts: an interrupted Lucene write closes its file channels; a batch under way finishes
        pending.forEach(next -> next.cancel(false));
        indexing.shutdown();
        try {
            if (!indexing.awaitTermination(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the story index thread did not stop: " + directory);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            for (Future<DirectoryReader> next : pending) {
                if (next.isDone() && !next.isCancelled()) {
                    closeQuietly(next);
                }
            }
            pending.clear();
            reader.close();
            writer.rollback();
            store.close();
            if (temporary) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the story index in " + directory, e);
        }
    }

    private static void closeQuietly(Future<DirectoryReader> done) throws IOException {
        try {
            done.get().close();
        } catch (ExecutionException | InterruptedException e) {
            // the batch failed or was stopped: there is no reader to close
        }
    }

    /** The article's heaviest features as boosted SHOULD clauses; null when it has none. */
    private BooleanQuery termQuery(SparseVector vector) {
        if (vector.isEmpty()) {
            return null;
        }
        Integer[] order = new Integer[vector.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -vector.valueAt(k)).thenComparingInt(k -> k));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int k = 0; k < Math.min(order.length, options.queryTerms()); k++) {
            TermQuery term = new TermQuery(new Term(TERMS, Integer.toString(vector.idAt(order[k]))));
            query.add(new BoostQuery(term, (float) vector.valueAt(order[k])), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private void collect(ScoreDoc[] hits, TreeSet<Integer> stories) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        for (ScoreDoc hit : hits) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(STORY);
            if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
                stories.add((int) values.longValue());
            }
        }
    }

    /** Adds the stories of the buffered articles most similar by text and by embedding. */
    private void recentCandidates(SparseVector vector, float[] embedding, TreeSet<Integer> stories) {
        if (recent.isEmpty()) {
            return;
        }
        int n = recent.size();
        double[] text = new double[n];
        double[] lead = new double[n];
        for (int i = 0; i < n; i++) {
            text[i] = vector.dot(recent.get(i).vector());
            lead[i] = LeadEmbedder.dot(embedding, recent.get(i).embedding());
        }
        addTop(text, stories);
        if (usable(embedding)) {
            addTop(lead, stories);
        }
    }

    /** Adds the stories of the {@code recentHits} best positive scores (ties: the earlier article), by selection. */
    private void addTop(double[] scores, TreeSet<Integer> stories) {
        boolean[] taken = new boolean[scores.length];
        for (int k = 0; k < options.recentHits(); k++) {
            int best = -1;
            for (int i = 0; i < scores.length; i++) {
                if (!taken[i] && scores[i] > 0 && (best < 0 || scores[i] > scores[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                return;
            }
            taken[best] = true;
            stories.add(recent.get(best).story());
        }
    }

    private static boolean usable(float[] embedding) {
        if (embedding.length == 0) {
            return false;
        }
        for (float x : embedding) {
            if (x != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Merges of up to 4 adjacent segments of similar size, and none that would make a segment over 8,192 articles:
     * batches of 256 merge into segments of 1,024, those into 4,096, and those into 8,192, which stay (18 segments at
     * 100,000 articles). A merge rebuilds HNSW graphs, so its cost grows with its size: with Lucene's defaults one
     * merge of 25,600 articles blocked for 17 s on an idle core, while the largest merge here took 6.5 s with other
     * work on the machine (load 7) and runs on the indexing thread, inside the lag the searcher gives it.
     */
    private static LogDocMergePolicy mergePolicy() {
        LogDocMergePolicy policy = new LogDocMergePolicy();
        policy.setMergeFactor(4);
        policy.setMaxMergeDocs(8_192);
        return policy;
    }

    private static Codec codec(IndexOptions options) {
        KnnVectorsFormat vectors = new Lucene99HnswVectorsFormat(options.maxConnections(), options.beamWidth());
        return new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return vectors;
            }
        };
    }

    private static FieldType termType() {
        FieldType type = new FieldType();
        type.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        type.setTokenized(true);
        type.setStored(false);
        type.freeze();
        return type;
    }
}
