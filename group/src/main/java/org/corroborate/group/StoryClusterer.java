package org.corroborate.group;

import org.corroborate.text.SparseVector;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.PriorityQueue;

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
 * <p>The merge step then unites fragments by group-average linkage: the similarity of two stories is the mean cosine
 * over all pairs of their members, which stays on the scale of article-to-article cosines however large the stories
 * grow (a centroid-to-centroid cosine rises with story size). The best pair is merged first and its similarities to
 * the others recomputed, while the best pair reaches its threshold and the two date ranges are within the time
 * window. Headlines share far fewer words than full articles, so stories made mostly of short texts use a lower
 * threshold ({@link GroupOptions#shortMergeThreshold()}).
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
        int shortMembers;

        void add(int position, SparseVector vector, LocalDate day, int shortTerms) {
            members.add(position);
            if (vector.size() < shortTerms) {
                shortMembers++;
            }
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
            c.add(i, v, day, options.shortTerms());
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
            c.add(i, v, day, options.shortTerms());
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
        c.add(i, v, day, options.shortTerms());
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

    private record Pair(int a, int b, int versionA, int versionB, double sim) {
    }

    /**
     * Group-average merge of the stories of the pass: repeatedly unites the pair of live stories with the highest
     * mean pairwise member cosine ({@code S_a · S_b / (n_a n_b)} for sums of unit vectors), as long as it reaches
     * the pair's threshold (see {@link #mergeThreshold}) and their date ranges are within the time window. Ties go
     * to the lower story indices, so the result is deterministic.
     */
    private List<Cluster> merge() {
        int k = clusters.size();
        int[] version = new int[k];
        boolean[] alive = new boolean[k];
        Arrays.fill(alive, true);
        PriorityQueue<Pair> queue = new PriorityQueue<>(
                Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                offer(queue, a, b, version);
            }
        }
        while (!queue.isEmpty()) {
            Pair p = queue.poll();
            if (!alive[p.a()] || !alive[p.b()] || version[p.a()] != p.versionA() || version[p.b()] != p.versionB()) {
                continue;
            }
            Cluster kept = clusters.get(p.a());
            Cluster dropped = clusters.get(p.b());
            kept.merges.add("merged: story of " + entries.get(dropped.members.get(0)).id() + " into story of "
                    + entries.get(kept.members.get(0)).id() + ": mean pairwise similarity " + fmt(p.sim())
                    + " >= " + fmt(mergeThreshold(kept, dropped)));
            kept.members.addAll(dropped.members);
            kept.merges.addAll(dropped.merges);
            kept.centroid = kept.centroid.plus(dropped.centroid);
            kept.shortMembers += dropped.shortMembers;
            kept.widen(dropped.minDay, dropped.maxDay);
            alive[p.b()] = false;
            version[p.a()]++;
            for (int c = 0; c < k; c++) {
                if (alive[c] && c != p.a()) {
                    offer(queue, Math.min(c, p.a()), Math.max(c, p.a()), version);
                }
            }
        }
        List<Cluster> result = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            if (alive[i]) {
                result.add(clusters.get(i));
            }
        }
        return result;
    }

    private void offer(PriorityQueue<Pair> queue, int a, int b, int[] version) {
        Cluster ca = clusters.get(a);
        Cluster cb = clusters.get(b);
        double sim = ca.centroid.dot(cb.centroid) / ((double) ca.members.size() * cb.members.size());
        if (sim >= mergeThreshold(ca, cb) && ca.gapDays(cb.minDay, cb.maxDay) <= options.maxGapDays()) {
            queue.add(new Pair(a, b, version[a], version[b], sim));
        }
    }

    /**
     * The short-text threshold when most members of both stories are short texts (fewer than
     * {@link GroupOptions#shortTerms()} features: headlines), else the full-text one.
     */
    private double mergeThreshold(Cluster a, Cluster b) {
        return a.mostlyShort() && b.mostlyShort() ? options.shortMergeThreshold() : options.mergeThreshold();
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
