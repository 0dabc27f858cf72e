package org.corroborate.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The most recent results of a stage, by input: a bounded map that drops the least recently used entry. Owned by one
 * store instance, never global. Thread-safe; the stage runs outside the lock, so two threads may compute the same
 * value once each.
 *
 * @param <K> the input (a record: equal inputs give equal results)
 * @param <V> the result
 */
final class Remembered<K, V> {

    private final Map<K, V> entries;

    Remembered(int capacity) {
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The remembered result for {@code key}, else {@code compute}'s, which is then remembered. */
    V get(K key, Function<K, V> compute) {
        synchronized (entries) {
            V known = entries.get(key);
            if (known != null) {
                return known;
            }
        }
        V fresh = compute.apply(key);
        synchronized (entries) {
            entries.put(key, fresh);
        }
        return fresh;
    }
}
