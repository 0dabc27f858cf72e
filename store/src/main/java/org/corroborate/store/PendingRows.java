package org.corroborate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows computed during a run and held in memory, by key, until {@link #save} writes them all in one transaction
 * (results that the store keeps between runs, such as annotations and vectors). Thread-safe.
 *
 * @param <V> the value of a row
 */
final class PendingRows<V> {

    /** Binds one row's key and value to the parameters of the insert statement. */
    @FunctionalInterface
    interface Binder<V> {
        void bind(PreparedStatement insert, String key, V value) throws SQLException;
    }

    private final String insertSql;
    private final Binder<V> binder;
    private final Map<String, V> rows = new ConcurrentHashMap<>();

    /**
     * @param insertSql an insert (or upsert) statement for one row
     * @param binder    binds a row to it
     */
    PendingRows(String insertSql, Binder<V> binder) {
        this.insertSql = insertSql;
        this.binder = binder;
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
