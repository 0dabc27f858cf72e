package org.corroborate.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.corroborate.text.SparseVector;

/**
 * A story of the online pass under construction: its members (positions in processing order), the sum of their unit
 * TF-IDF vectors and of their lead embeddings, its date range, and the merges it took part in.
 *
 * <p>Mutable and not thread-safe; owned by one {@link StoryClusterer}.
 */
final class Cluster {
    final List<Integer> members = new ArrayList<>();
    final List<String> merges = new ArrayList<>();
    /** The member lists of the pass stories merged into this one; empty when it was never merged. */
    final List<List<Integer>> parts = new ArrayList<>();
    SparseVector centroid = SparseVector.EMPTY;
    double[] embeddingSum;
    LocalDate minDay;
    LocalDate maxDay;
    int shortMembers;
    /** A story that nothing joins or merges with (a site notice kept alone). */
    boolean sealed;

    void add(int position, SparseVector vector, float[] embedding, LocalDate day, int shortTerms) {
        members.add(position);
        if (vector.size() < shortTerms) {
            shortMembers++;
        }
        centroid = centroid.plus(vector);
        addEmbedding(embedding);
        widen(day, day);
    }

    void addEmbedding(float[] e) {
        if (e.length == 0) {
            return;
        }
        if (embeddingSum == null) {
            embeddingSum = new double[e.length];
        }
        for (int i = 0; i < e.length; i++) {
            embeddingSum[i] += e[i];
        }
    }

    void addEmbeddingSum(double[] sum) {
        if (sum == null) {
            return;
        }
        if (embeddingSum == null) {
            embeddingSum = new double[sum.length];
        }
        for (int i = 0; i < sum.length; i++) {
            embeddingSum[i] += sum[i];
        }
    }

    /** Cosine of a unit vector {@code e} with the sum of the members' embeddings; 0 when either is missing. */
    double embeddingCosine(float[] e) {
        if (embeddingSum == null || e.length == 0) {
            return 0;
        }
        double dot = 0;
        double sq = 0;
        for (int i = 0; i < e.length; i++) {
            dot += e[i] * embeddingSum[i];
            sq += embeddingSum[i] * embeddingSum[i];
        }
        return sq == 0 ? 0 : dot / Math.sqrt(sq);
    }

    void widen(LocalDate from, LocalDate to) {
        if (from != null && (minDay == null || from.isBefore(minDay))) {
            minDay = from;
        }
        if (to != null && (maxDay == null || to.isAfter(maxDay))) {
            maxDay = to;
        }
    }

    boolean mostlyShort() {
        return 2 * shortMembers > members.size();
    }

    long gapDays(LocalDate from, LocalDate to) {
        if (from == null || minDay == null) {
            return 0;
        }
        if (to.isBefore(minDay)) {
            return ChronoUnit.DAYS.between(to, minDay);
        }
        if (from.isAfter(maxDay)) {
            return ChronoUnit.DAYS.between(maxDay, from);
        }
        return 0;
    }
}
