package org.corroborate.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The quantised all-MiniLM-L6-v2 sentence model (384 dimensions) in-process through langchain4j and ONNX Runtime;
 * the model ships inside the jar. Loaded on first use and kept by this instance (one per store). Thread-safe.
 */
final class MiniLmEmbedder implements TextEmbedder {

    private final Object lock = new Object();
    private volatile EmbeddingModel model;

    @Override
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
                        throw new StoreException("cannot load the MiniLM embedding model: " + e, e);
                    }
                    model = m;
                }
            }
        }
        return m;
    }
}
