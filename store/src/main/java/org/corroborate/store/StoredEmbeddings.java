package org.corroborate.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;

import org.corroborate.group.EmbeddingMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(StoredEmbeddings.class);

    /** The model whose vectors these are; part of every key, so another model's vectors are never used. */
    static final String MODEL = "all-minilm-l6-v2-q";

    private final Connection reader;
    private final Object readLock;
    private final PendingRows<float[]> unsaved = new PendingRows<>(
            "INSERT OR REPLACE INTO embeddings (text_key, vector) VALUES (?, ?)",
            (insert, key, vector) -> {
                insert.setString(1, key);
                insert.setBytes(2, encode(vector));
            });

    /**
     * @param reader   the connection to read stored vectors with, used only while holding {@code readLock}
     * @param readLock the lock that guards {@code reader}
     */
    StoredEmbeddings(Connection reader, Object readLock) {
        this.reader = reader;
        this.readLock = readLock;
    }

    @Override
    public Optional<float[]> recall(String text) {
        String key = key(text);
        Optional<float[]> pending = unsaved.get(key);
        if (pending.isPresent()) {
            return pending;
        }
        synchronized (readLock) {
            try (PreparedStatement select = reader.prepareStatement(
                    "SELECT vector FROM embeddings WHERE text_key = ?")) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? decode(rs.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                LOG.debug("cannot read a stored embedding; embedding again", e);
                return Optional.empty();
            }
        }
    }

    @Override
    public void remember(String text, float[] vector) {
        unsaved.put(key(text), vector);
    }

    /**
     * Writes the vectors remembered since the last save, in one transaction. Call while holding the store's write
     * lock.
     *
     * @return the number of vectors written
     */
    int save(Connection writer) throws SQLException {
        return unsaved.save(writer);
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(MODEL.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
