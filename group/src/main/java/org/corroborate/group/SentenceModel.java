package org.corroborate.group;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence model (384 dimensions, mean pooling), run in-process by ONNX Runtime
 * through langchain4j; the model ships inside the langchain4j jar, nothing is downloaded. Used for story grouping
 * (lead embeddings) and by the store for semantic search.
 *
 * <p>The ONNX session is ours, not langchain4j's default: it runs each inference on {@link #threads()} threads
 * (default {@value #DEFAULT_THREADS}). One text is a few milliseconds of work, too little to gain from splitting it
 * across cores, while splitting costs hand-offs and, when the cores are busy with other work, long waits (the tail
 * latency of a live stream). A single text is embedded on the calling thread; the texts of a larger call are spread
 * over one worker thread per core (daemon threads owned by this object, ended when idle for a minute). Each text's
 * vector is computed alone, so the output does not depend on scheduling.
 *
 * <p>The model (about 23 MB, ~1.7 s to load on 2 cores) is loaded on the first call to {@link #embed(List)} and
 * kept for the life of this object. Thread-safe: loading is guarded, and the ONNX session may be used concurrently.
 */
public final class SentenceModel {

    /** Threads per inference unless told otherwise. */
    public static final int DEFAULT_THREADS = 1;

    private static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";

    private final Shared shared;
    /** Remembered vectors; null for none. */
    private final EmbeddingMemory memory;

    /** A model that runs each inference on {@value #DEFAULT_THREADS} thread. */
    public SentenceModel() {
        this(DEFAULT_THREADS);
    }

    /**
     * A model that runs each inference on {@code threads} threads.
     *
     * @param threads ONNX Runtime intra-operation threads, at least 1
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public SentenceModel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.shared = new Shared(threads);
        this.memory = null;
    }

    private SentenceModel(Shared shared, EmbeddingMemory memory) {
        this.shared = shared;
        this.memory = memory;
    }

    /** Threads per inference; at least 1. */
    public int threads() {
        return shared.threads;
    }

    /**
     * This model (the same loaded ONNX session, loaded once for both) looking texts up in {@code memory} before
     * embedding them, and remembering what it embeds there. The vectors are the same as this model's.
     *
     * @param memory the memory; never null
     * @return a new model view; this one is unchanged
     */
    public SentenceModel withMemory(EmbeddingMemory memory) {
        if (memory == null) {
            throw new NullPointerException("memory");
        }
        return new SentenceModel(shared, memory);
    }

    /**
     * The raw (not normalised) embeddings of {@code texts}.
     *
     * @param texts the texts; never null, none blank
     * @return one 384-dimension vector per text, in order
     * @throws IllegalStateException when the model cannot be loaded
     */
    public float[][] embed(List<String> texts) {
        if (memory == null) {
            return compute(texts);
        }
        float[][] vectors = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            Optional<float[]> known = memory.recall(texts.get(i));
            if (known.isPresent()) {
                vectors[i] = known.get().clone();
            } else {
                missing.add(texts.get(i));
                where.add(i);
            }
        }
        if (!missing.isEmpty()) {
            float[][] computed = compute(missing);
            for (int k = 0; k < computed.length; k++) {
                memory.remember(missing.get(k), computed[k].clone());
                vectors[where.get(k)] = computed[k];
            }
        }
        return vectors;
    }

    private float[][] compute(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(t -> segments.add(TextSegment.from(t)));
        List<Embedding> embeddings = shared.model().embedAll(segments).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embeddings.get(i).vector();
        }
        return vectors;
    }

    /** The settings and the lazily loaded session, shared by the views {@link #withMemory} makes. */
    private static final class Shared {
        private final int threads;
        private final Object lock = new Object();
        private volatile Loaded model;

        Shared(int threads) {
            this.threads = threads;
        }

        Loaded model() {
            Loaded m = model;
            if (m == null) {
                synchronized (lock) {
                    m = model;
                    if (m == null) {
                        try {
                            m = new Loaded(load(threads));
                        } catch (OrtException | IOException | RuntimeException | LinkageError e) {
                            throw new IllegalStateException("cannot load the MiniLM embedding model: " + e, e);
                        }
                        model = m;
                    }
                }
            }
            return m;
        }
    }

    private static OnnxBertBiEncoder load(int threads) throws OrtException, IOException {
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        byte[] onnx;
        try (InputStream in = resource(MODEL_RESOURCE)) {
            onnx = in.readAllBytes();
        }
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(onnx, options);
        }
        try (InputStream tokenizer = resource(TOKENIZER_RESOURCE)) {
            return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
        }
    }

    private static InputStream resource(String name) {
        // the class literal does not initialise the class, so langchain4j's own static model is never loaded
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("resource " + name + " is not on the class path"));
        }
        return in;
    }

    private static Executor workers() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores < 2) {
            return Runnable::run;
        }
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(cores, cores, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "corroborate-minilm-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** langchain4j's embedding loop (one text on the calling thread, more on the workers) over our encoder. */
    private static final class Loaded extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Loaded(OnnxBertBiEncoder encoder) {
            super(workers());
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
