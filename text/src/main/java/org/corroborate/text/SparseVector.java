package org.corroborate.text;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable sparse vector over integer feature ids, kept sorted by id so that every sum is taken in one fixed
 * order (bit-for-bit reproducible).
 *
 * <p>Immutable and thread-safe.
 */
public final class SparseVector {

    public static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

    private final int[] ids;
    private final double[] values;
    private final double norm;

    private SparseVector(int[] ids, double[] values) {
        this.ids = ids;
        this.values = values;
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        this.norm = Math.sqrt(sum);
    }

    /** A vector from feature id to weight; zero weights are left out. */
    public static SparseVector of(Map<Integer, Double> weights) {
        TreeMap<Integer, Double> sorted = new TreeMap<>(weights);
        sorted.values().removeIf(v -> v == 0.0);
        int[] ids = new int[sorted.size()];
        double[] values = new double[sorted.size()];
        int i = 0;
        for (Map.Entry<Integer, Double> e : sorted.entrySet()) {
            ids[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        return new SparseVector(ids, values);
    }

    public double norm() {
        return norm;
    }

    /** The ids of the non-zero features, ascending (a copy). */
    public int[] ids() {
        return ids.clone();
    }

    /** True when feature {@code id} is non-zero. */
    public boolean has(int id) {
        return Arrays.binarySearch(ids, id) >= 0;
    }

    /** The number of non-zero features. */
    public int size() {
        return ids.length;
    }

    public boolean isEmpty() {
        return ids.length == 0;
    }

    /** This vector scaled to unit length; the empty vector stays empty. */
    public SparseVector normalized() {
        if (norm == 0) {
            return this;
        }
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] / norm;
        }
        return new SparseVector(ids, scaled);
    }

    public double dot(SparseVector other) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < other.ids.length) {
            if (ids[i] == other.ids[j]) {
                sum += values[i] * other.values[j];
                i++;
                j++;
            } else if (ids[i] < other.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Cosine similarity; 0 when either vector is empty. */
    public double cosine(SparseVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        return dot(other) / (norm * other.norm);
    }

    /** The sum of this and {@code other}. */
    public SparseVector plus(SparseVector other) {
        int[] ids2 = new int[ids.length + other.ids.length];
        double[] values2 = new double[ids2.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < ids.length || j < other.ids.length) {
            if (j == other.ids.length || (i < ids.length && ids[i] < other.ids[j])) {
                ids2[n] = ids[i];
                values2[n++] = values[i++];
            } else if (i == ids.length || other.ids[j] < ids[i]) {
                ids2[n] = other.ids[j];
                values2[n++] = other.values[j++];
            } else {
                ids2[n] = ids[i];
                values2[n++] = values[i++] + other.values[j++];
            }
        }
        return new SparseVector(Arrays.copyOf(ids2, n), Arrays.copyOf(values2, n));
    }

    /**
     * The feature id at position {@code k} (features are sorted by id).
     *
     * @param k from 0 to {@link #size()} - 1
     * @return the id
     */
    public int idAt(int k) {
        return ids[k];
    }

    /**
     * The weight at position {@code k} (features are sorted by id).
     *
     * @param k from 0 to {@link #size()} - 1
     * @return the weight, never 0
     */
    public double valueAt(int k) {
        return values[k];
    }
}
