package org.corroborate.group;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence model (384 dimensions), run in-process by ONNX Runtime through langchain4j;
 * the model ships inside the langchain4j jar, nothing is downloaded. Used for story grouping (lead embeddings) and by
 * the store for semantic search.
 *
 * <p>The model (about 23 MB, ~1.7 s to load on 2 cores) is created on the first call to {@link #embed(List)} and
 * kept for the life of this object. Thread-safe: loading is guarded, and the ONNX session may be used concurrently.
 * Inference runs on the calling thread (a same-thread executor), so the output does not depend on scheduling.
 */
public final class SentenceModel {

    private final Object lock = new Object();
    private volatile EmbeddingModel model;

    /**
     * The raw (not normalised) embeddings of {@code texts}.
     *
     * @param texts the texts; never null, none blank
     * @return one 384-dimension vector per text, in order
     * @throws IllegalStateException when the model cannot be loaded
     */
    public float[][] embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        texts.forEach(t -> segments.add(TextSegment.from(t)));
        List<Embedding> embeddings = model().embedAll(segments).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embeddings.get(i).vector();
        }
        return vectors;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (lock) {
                m = model;
                if (m == null) {
                    Executor sameThread = Runnable::run;
                    try {
                        m = new AllMiniLmL6V2QuantizedEmbeddingModel(sameThread);
                    } catch (RuntimeException | LinkageError e) {
                        throw new IllegalStateException("cannot load the MiniLM embedding model: " + e, e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }
}
