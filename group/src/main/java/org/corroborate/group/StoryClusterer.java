package org.corroborate.group;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.corroborate.api.CopyEdge;

/**
 * Single-pass online clustering followed by one merge step. Works on positions in processing order
 * ({@link Chronology}); the result lists clusters of positions with their explanation lines.
 *
 * <p>Each non-copy article joins the story with the highest centroid cosine among the stories that are close enough
 * in time, when that cosine reaches the join threshold; otherwise it starts a story. The centroid is the sum of the
 * members' unit vectors, so cosine to it is the cosine to the members' mean direction: a single off-topic member
 * cannot pull a look-alike event in the way max-link would, and the time window keeps two similar events at the same
 * place apart when they are days apart. Copies join their original's story unconditionally.
 *
 * <p>The merge step compares all pairs of stories once (centroids as of the end of the pass) and unites, best pair
 * first, those reaching the merge threshold whose (current, merged) date ranges are within the time window.
 *
 * <p>Not thread-safe: one instance per call.
 */
final class StoryClusterer {

    /** A cluster under construction. */
    private static final class Cluster {
        final List<Integer> members = new ArrayList<>();
        final List<String> merges = new ArrayList<>();
        SparseVector centroid = SparseVector.EMPTY;
        LocalDate minDay;
        LocalDate maxDay;

        void add(int position, SparseVector vector, LocalDate day) {
            members.add(position);
            centroid = centroid.plus(vector);
            widen(day, day);
        }

        void widen(LocalDate from, LocalDate to) {
            if (from != null && (minDay == null || from.isBefore(minDay))) {
                minDay = from;
            }
            if (to != null && (maxDay == null || to.isAfter(maxDay))) {
                maxDay = to;
            }
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

    /**
     * A finished story as positions.
     *
     * @param members     positions in processing order, ascending
     * @param explanation lines, per article in member order, then the merges
     */
    record Result(List<Integer> members, List<String> explanation) {
    }

    private final GroupOptions options;
    private final List<Chronology.Entry> entries;
    private final List<SparseVector> vectors;
    private final CopyEdge[] copies;
    private final String[] lines;
    private final List<Cluster> clusters = new ArrayList<>();
    private final int[] clusterOf;
    private final Map<String, Integer> positions = new HashMap<>();

    StoryClusterer(GroupOptions options, List<Chronology.Entry> entries, List<SparseVector> vectors,
                   CopyEdge[] copies) {
        this.options = options;
        this.entries = entries;
        this.vectors = vectors;
        this.copies = copies;
        this.lines = new String[entries.size()];
        this.clusterOf = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            positions.put(entries.get(i).id(), i);
        }
    }

    List<Result> run() {
        for (int i = 0; i < entries.size(); i++) {
            place(i);
        }
        List<Cluster> merged = merge();
        List<Result> results = new ArrayList<>();
        for (Cluster c : merged) {
            List<Integer> members = new ArrayList<>(c.members);
            members.sort(Comparator.naturalOrder());
            List<String> explanation = new ArrayList<>();
            for (int m : members) {
                explanation.add(lines[m]);
            }
            explanation.addAll(c.merges);
            results.add(new Result(members, explanation));
        }
        return results;
    }

    private void place(int i) {
        Chronology.Entry entry = entries.get(i);
        SparseVector v = vectors.get(i);
        LocalDate day = entry.day();
        if (copies[i] != null) {
            int original = positionOf(copies[i].copyOf());
            Cluster c = clusters.get(clusterOf[original]);
            c.add(i, v, day);
            clusterOf[i] = clusterOf[original];
            lines[i] = entry.id() + ": copy of " + copies[i].copyOf() + " (shingle Jaccard "
                    + fmt(copies[i].similarity()) + ")";
            return;
        }
        int best = -1;
        double bestSim = -1;
        double bestAway = -1;
        long awayDays = 0;
        for (int s = 0; s < clusters.size(); s++) {
            Cluster c = clusters.get(s);
            double sim = v.cosine(c.centroid);
            long gap = c.gapDays(day, day);
            if (gap > options.maxGapDays()) {
                if (sim > bestAway) {
                    bestAway = sim;
                    awayDays = gap;
                }
            } else if (sim > bestSim) {
                bestSim = sim;
                best = s;
            }
        }
        if (best >= 0 && bestSim >= options.joinThreshold()) {
            Cluster c = clusters.get(best);
            int nearest = -1;
            double nearestSim = -1;
            for (int m : c.members) {
                double sim = v.cosine(vectors.get(m));
                if (sim > nearestSim) {
                    nearestSim = sim;
                    nearest = m;
                }
            }
            lines[i] = entry.id() + ": joined: " + fmt(nearestSim) + " to " + entries.get(nearest).id()
                    + " (story centroid " + fmt(bestSim) + ")";
            c.add(i, v, day);
            clusterOf[i] = best;
            return;
        }
        String line = best < 0 ? entry.id() + ": new story: no story to join"
                : entry.id() + ": new story: best similarity " + fmt(bestSim) + " < " + fmt(options.joinThreshold());
        if (bestAway >= options.joinThreshold()) {
            line += "; a story at " + fmt(bestAway) + " is " + awayDays + " days away (window "
                    + options.maxGapDays() + ")";
        }
        lines[i] = line;
        Cluster c = new Cluster();
        c.add(i, v, day);
        clusterOf[i] = clusters.size();
        clusters.add(c);
    }

    private int positionOf(String id) {
        Integer position = positions.get(id);
        if (position == null) {
            throw new IllegalStateException("unknown original " + id);
        }
        return position;
    }

    private record Pair(int a, int b, double sim) {
    }

    private List<Cluster> merge() {
        int k = clusters.size();
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                double sim = clusters.get(a).centroid.cosine(clusters.get(b).centroid);
                if (sim >= options.mergeThreshold()) {
                    pairs.add(new Pair(a, b, sim));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b));
        int[] parent = new int[k];
        for (int i = 0; i < k; i++) {
            parent[i] = i;
        }
        for (Pair p : pairs) {
            int ra = find(parent, p.a());
            int rb = find(parent, p.b());
            if (ra == rb) {
                continue;
            }
            Cluster ca = clusters.get(ra);
            Cluster cb = clusters.get(rb);
            if (ca.gapDays(cb.minDay, cb.maxDay) > options.maxGapDays()) {
                continue;
            }
            int keep = Math.min(ra, rb);
            int gone = Math.max(ra, rb);
            Cluster kept = clusters.get(keep);
            Cluster dropped = clusters.get(gone);
            kept.merges.add("merged: story of " + entries.get(dropped.members.get(0)).id() + " into story of "
                    + entries.get(kept.members.get(0)).id() + ": centroid similarity " + fmt(p.sim()));
            kept.members.addAll(dropped.members);
            kept.merges.addAll(dropped.merges);
            kept.widen(dropped.minDay, dropped.maxDay);
            parent[gone] = keep;
        }
        List<Cluster> result = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (find(parent, i) == i) {
                result.add(clusters.get(i));
            }
        }
        return result;
    }

    private static int find(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        return r;
    }

    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
