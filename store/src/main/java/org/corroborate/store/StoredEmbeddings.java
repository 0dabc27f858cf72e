package org.corroborate.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.corroborate.group.EmbeddingMemory;

/**
 * The sentence vectors of earlier runs, kept in the store's {@code embeddings} table by the SHA-256 of the model name
 * and the text, so that recomputing the stories after an add (in this process or a later one) embeds only the leads
 * of new and edited articles. Vectors are stored as little-endian float32, exactly as the model gave them (1.5 KB
 * each). Rows of texts no longer used (an edited article's former lead) are kept.
 *
 * <p>Vectors are read from the store's reader connection; new ones are held until {@link #save} writes them with the
 * writer connection. Thread-safe.
 */
final class StoredEmbeddings implements EmbeddingMemory {

    /** The model whose vectors these are; part of every key, so another model's vectors are never used. */
    static final String MODEL = "all-minilm-l6-v2-q";

    private final KeptRows<float[]> rows;

    /**
     * @param reader   the connection to read stored vectors with, used only while holding {@code readLock}
     * @param readLock the lock that guards {@code reader}
     */
    StoredEmbeddings(Connection reader, Object readLock) {
        this.rows = new KeptRows<>("SELECT vector FROM embeddings WHERE text_key = ?",
                "INSERT OR REPLACE INTO embeddings (text_key, vector) VALUES (?, ?)",
                (insert, key, vector) -> {
                    insert.setString(1, key);
                    insert.setBytes(2, encode(vector));
                }, reader, readLock);
    }

    @Override
    public Optional<float[]> recall(String text) {
        String key = key(text);
        Optional<float[]> pending = rows.get(key);
        return pending.isPresent() ? pending : rows.read(key).flatMap(StoredEmbeddings::decode);
    }

    @Override
    public void remember(String text, float[] vector) {
        rows.put(key(text), vector);
    }

    /**
     * Writes the vectors remembered since the last save, in one transaction. Call while holding the store's write
     * lock.
     *
     * @return the number of vectors written
     */
    int save(Connection writer) throws SQLException {
        return rows.save(writer);
    }

    static byte[] encode(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    /** The vector, or empty when the bytes are not a whole number of floats (a damaged row: embed again). */
    static Optional<float[]> decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length % Float.BYTES != 0) {
            return Optional.empty();
        }
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return Optional.of(vector);
    }

    private static String key(String text) {
        return Sha256.hex((byte) 0, MODEL.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
    }
}
