package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A table of results the store keeps between runs (annotations, vectors), one blob per key: read back one at a time
 * through the store's reader connection, and computed rows held in memory until {@link #save} writes them all in one
 * transaction. Thread-safe.
 *
 * @param <V> the value of a row not yet saved
 */
final class KeptRows<V> {

    private static final Logger LOG = LoggerFactory.getLogger(KeptRows.class);

    /** Binds one row's key and value to the parameters of the insert statement. */
    @FunctionalInterface
    interface Binder<V> {
        void bind(PreparedStatement insert, String key, V value) throws SQLException;
    }

    private final String selectSql;
    private final String insertSql;
    private final Binder<V> binder;
    private final Connection reader;
    private final Object readLock;
    private final Map<String, V> rows = new ConcurrentHashMap<>();

    /**
     * @param selectSql a query of one blob column whose parameters are the keys given to {@link #read}
     * @param insertSql an insert (or upsert) statement for one row
     * @param binder    binds a row to it
     * @param reader    the connection to read with, used only while holding {@code readLock}
     * @param readLock  the lock that guards {@code reader}
     */
    KeptRows(String selectSql, String insertSql, Binder<V> binder, Connection reader, Object readLock) {
        this.selectSql = selectSql;
        this.insertSql = insertSql;
        this.binder = binder;
        this.reader = reader;
        this.readLock = readLock;
    }

    /**
     * The stored blob the select query finds for {@code keys}; empty when there is none or it cannot be read (the
     * caller then computes the result again).
     */
    Optional<byte[]> read(String... keys) {
        synchronized (readLock) {
            try (PreparedStatement select = reader.prepareStatement(selectSql)) {
                for (int i = 0; i < keys.length; i++) {
                    select.setString(i + 1, keys[i]);
                }
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            } catch (SQLException e) {
                LOG.debug("cannot read a kept row; computing it again", e);
                return Optional.empty();
            }
        }
    }

    void put(String key, V value) {
        rows.put(key, value);
    }

    /** The row not yet saved under {@code key}, if any. */
    Optional<V> get(String key) {
        return Optional.ofNullable(rows.get(key));
    }

    /**
     * Writes the rows held since the last save in one transaction (all or none), then forgets them. Call while
     * holding the store's write lock.
     *
     * @return the number of rows written
     */
    int save(Connection writer) throws SQLException {
        List<Map.Entry<String, V>> held = new ArrayList<>(rows.entrySet());
        if (held.isEmpty()) {
            return 0;
        }
        writer.setAutoCommit(false);
        try (PreparedStatement insert = writer.prepareStatement(insertSql)) {
            for (Map.Entry<String, V> row : held) {
                binder.bind(insert, row.getKey(), row.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
            writer.commit();
        } catch (SQLException e) {
            writer.rollback();
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
        held.forEach(row -> rows.remove(row.getKey(), row.getValue()));
        return held.size();
    }
}
