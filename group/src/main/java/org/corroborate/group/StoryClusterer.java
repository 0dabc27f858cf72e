package org.corroborate.group;

import org.corroborate.text.SparseVector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.TreeSet;

import org.corroborate.api.CopyEdge;

/**
 * Single-pass online clustering followed by one merge step. Works on positions in processing order
 * ({@link Chronology}); the result lists clusters of positions with their explanation lines.
 *
 * <p>Each non-copy article is scored against the candidate stories ({@link Candidates}) that are close enough in time
 * by the join decision ({@link GroupOptions#join()}) over two cosines: to the story's TF-IDF centroid and to the
 * centroid of its members' lead embeddings. It joins the best-scoring story when the score reaches 0; otherwise it
 * starts a story. A centroid is the sum of the members' unit vectors, so cosine to it is the cosine to the members'
 * mean direction: a single off-topic member cannot pull a look-alike event in the way max-link would, and the time
 * window keeps two similar events at the same place apart when they are days apart. Copies join their original's
 * story unconditionally. A site notice (an archive placeholder, a script or sign-in wall, an error page:
 * {@link org.corroborate.text.SiteNotice}) is no article: it stays a story of its own, never a candidate to join or
 * merge, so that identical notices scraped under unrelated stories cannot glue them together.
 *
 * <p>The merge step then unites fragments by group-average linkage: the similarity of two stories is the mean cosine
 * over all pairs of their members, which stays on the scale of article-to-article cosines however large the stories
 * grow (a centroid-to-centroid cosine rises with story size); the same mean is taken over lead-embedding cosines.
 * The best-scoring pair is merged first and its scores to the others recomputed, while the best pair's merge
 * decision ({@link GroupOptions#merge()}) reaches 0 and the two date ranges are within the time window. Headlines
 * share far fewer words than full articles, so stories made mostly of short texts use their own decision
 * ({@link GroupOptions#shortMerge()}).
 *
 * <p>Not thread-safe: one instance per call.
 */
final class StoryClusterer {

    /**
     * A finished story as positions.
     *
     * @param members     positions in processing order, ascending
     * @param explanation lines, per article in member order, then the merges
     * @param fragments   the members of each story of the online pass that was merged into this one, each list
     *                    ascending; empty when it was never merged
     */
    record Result(List<Integer> members, List<String> explanation, List<List<Integer>> fragments) {
    }

    private final GroupOptions options;
    private final List<Chronology.Entry> entries;
    private final List<SparseVector> vectors;
    private final float[][] embeddings;
    private final Candidates candidates;
    private final CopyEdge[] copies;
    private final String[] lines;
    private final String[] notices;
    private final List<Cluster> clusters = new ArrayList<>();
    private final int[] clusterOf;
    private final Map<String, Integer> positions = new HashMap<>();

    StoryClusterer(GroupOptions options, List<Chronology.Entry> entries, List<SparseVector> vectors,
                   float[][] embeddings, CopyEdge[] copies, Candidates candidates) {
        this(options, entries, vectors, embeddings, copies, new String[entries.size()], candidates);
    }

    /**
     * @param notices for each position, why its text is a site notice (it is then kept alone), or null when it is an
     *                article; a notice must be no copy nor the original of one
     */
    StoryClusterer(GroupOptions options, List<Chronology.Entry> entries, List<SparseVector> vectors,
                   float[][] embeddings, CopyEdge[] copies, String[] notices, Candidates candidates) {
        this.options = options;
        this.notices = notices;
        this.entries = entries;
        this.vectors = vectors;
        this.embeddings = embeddings;
        this.candidates = candidates;
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
        return finish();
    }

    /** The merge step after every article has been placed, and the finished stories. */
    List<Result> finish() {
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
            List<List<Integer>> fragments = new ArrayList<>();
            for (List<Integer> part : c.parts) {
                List<Integer> sorted = new ArrayList<>(part);
                sorted.sort(Comparator.naturalOrder());
                fragments.add(sorted);
            }
            results.add(new Result(members, explanation, fragments));
        }
        return results;
    }

    /**
     * Places the article at position {@code i}; positions must be placed in order, each once (benchmarks drive
     * this directly).
     */
    void place(int i) {
        Chronology.Entry entry = entries.get(i);
        SparseVector v = vectors.get(i);
        float[] e = embeddings[i];
        LocalDate day = entry.day();
        if (copies[i] != null) {
            int original = positionOf(copies[i].copyOf());
            Cluster c = clusters.get(clusterOf[original]);
            c.add(i, v, e, day, options.shortTerms());
            clusterOf[i] = clusterOf[original];
            candidates.add(clusterOf[i], v, e);
            lines[i] = entry.id() + ": copy of " + copies[i].copyOf() + " (shingle Jaccard "
                    + fmt(copies[i].similarity()) + ")";
            return;
        }
        if (notices[i] != null) {
            lines[i] = entry.id() + ": new story: not an article, " + notices[i] + "; kept alone";
            Cluster c = new Cluster();
            c.add(i, v, e, day, options.shortTerms());
            c.sealed = true;
            clusterOf[i] = clusters.size();
            clusters.add(c);
            return;
        }
        GroupOptions.Decision join = options.join();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestText = 0;
        double bestLead = 0;
        double bestAway = Double.NEGATIVE_INFINITY;
        long awayDays = 0;
        for (int s : candidates.candidates(v, e)) {
            Cluster c = clusters.get(s);
            if (c.sealed) {
                continue;
            }
            double text = v.cosine(c.centroid);
            double lead = c.embeddingCosine(e);
            double score = join.score(text, lead);
            long gap = c.gapDays(day, day);
            if (gap > options.maxGapDays()) {
                if (score > bestAway) {
                    bestAway = score;
                    awayDays = gap;
                }
            } else if (score > bestScore || (score == bestScore && s < best)) {
                bestScore = score;
                best = s;
                bestText = text;
                bestLead = lead;
            }
        }
        if (best >= 0 && bestScore >= 0) {
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
                    + " (story centroid " + fmt(bestText) + ", lead embedding " + fmt(bestLead) + ", score "
                    + fmt(bestScore) + ")";
            c.add(i, v, e, day, options.shortTerms());
            clusterOf[i] = best;
            candidates.add(best, v, e);
            return;
        }
        String line = best < 0 ? entry.id() + ": new story: no story to join"
                : entry.id() + ": new story: best similarity " + fmt(bestText) + " (lead embedding "
                + fmt(bestLead) + ", score " + fmt(bestScore) + " < 0)";
        if (bestAway >= 0) {
            line += "; a story at score " + fmt(bestAway) + " is " + awayDays + " days away (window "
                    + options.maxGapDays() + ")";
        }
        lines[i] = line;
        Cluster c = new Cluster();
        c.add(i, v, e, day, options.shortTerms());
        clusterOf[i] = clusters.size();
        clusters.add(c);
        candidates.add(clusterOf[i], v, e);
    }

    /**
     * Puts the article at position {@code i} into pass story {@code story} without scoring (benchmarks fill a large
     * index this way before measuring {@link #place(int)}). Stories are numbered in order of creation: {@code story}
     * is an existing one or the next new one. Positions must be given in order, as for {@link #place(int)}.
     */
    void seed(int i, int story) {
        Chronology.Entry entry = entries.get(i);
        if (story == clusters.size()) {
            clusters.add(new Cluster());
        } else if (story > clusters.size()) {
            throw new IllegalArgumentException("story " + story + " skips " + clusters.size());
        }
        clusters.get(story).add(i, vectors.get(i), embeddings[i], entry.day(), options.shortTerms());
        clusterOf[i] = story;
        candidates.add(story, vectors.get(i), embeddings[i]);
        lines[i] = entry.id() + ": seeded";
    }

    /** The number of stories the online pass has so far, and the size of the largest (benchmarks). */
    int[] passStats() {
        int largest = 0;
        for (Cluster c : clusters) {
            largest = Math.max(largest, c.members.size());
        }
        return new int[] {clusters.size(), largest};
    }

    private int positionOf(String id) {
        Integer position = positions.get(id);
        if (position == null) {
            throw new IllegalStateException("unknown original " + id);
        }
        return position;
    }

    private record Pair(int a, int b, int versionA, int versionB, double sim, double text, double lead) {
    }

    /**
     * Group-average merge of the stories of the pass: repeatedly unites the pair of live stories with the highest
     * merge score over the mean pairwise member cosines ({@code S_a · S_b / (n_a n_b)} for sums of unit vectors, for
     * TF-IDF and for lead embeddings), as long as that score reaches 0 (see {@link #mergeDecision}) and their date
     * ranges are within the time window. Ties go
     * to the lower story indices, so the result is deterministic.
     */
    private List<Cluster> merge() {
        int k = clusters.size();
        int[] version = new int[k];
        boolean[] alive = new boolean[k];
        Arrays.fill(alive, true);
        PriorityQueue<Pair> queue = new PriorityQueue<>(
                Comparator.comparingDouble((Pair p) -> -p.sim()).thenComparingInt(Pair::a).thenComparingInt(Pair::b));
        List<TreeSet<Integer>> neighbours = candidates.exhaustive() ? null : neighbours(k);
        int[] into = new int[k];
        for (int a = 0; a < k; a++) {
            into[a] = a;
            if (neighbours == null) {
                for (int b = a + 1; b < k; b++) {
                    offer(queue, a, b, version);
                }
            } else {
                for (int b : neighbours.get(a).tailSet(a, false)) {
                    offer(queue, a, b, version);
                }
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
                    + entries.get(kept.members.get(0)).id() + ": mean pairwise similarity " + fmt(p.text())
                    + ", lead embedding " + fmt(p.lead()) + ", score " + fmt(p.sim()) + " >= 0");
            if (kept.parts.isEmpty()) {
                kept.parts.add(new ArrayList<>(kept.members));
            }
            if (dropped.parts.isEmpty()) {
                kept.parts.add(new ArrayList<>(dropped.members));
            } else {
                kept.parts.addAll(dropped.parts);
            }
            kept.members.addAll(dropped.members);
            kept.merges.addAll(dropped.merges);
            kept.centroid = kept.centroid.plus(dropped.centroid);
            kept.addEmbeddingSum(dropped.embeddingSum);
            kept.shortMembers += dropped.shortMembers;
            kept.widen(dropped.minDay, dropped.maxDay);
            alive[p.b()] = false;
            into[p.b()] = p.a();
            version[p.a()]++;
            if (neighbours == null) {
                for (int c = 0; c < k; c++) {
                    if (alive[c] && c != p.a()) {
                        offer(queue, Math.min(c, p.a()), Math.max(c, p.a()), version);
                    }
                }
            } else {
                TreeSet<Integer> joined = new TreeSet<>();
                for (int c : neighbours.get(p.a())) {
                    joined.add(find(into, c));
                }
                for (int c : neighbours.get(p.b())) {
                    joined.add(find(into, c));
                }
                joined.remove(p.a());
                neighbours.set(p.a(), joined);
                for (int c : joined) {
                    if (alive[c]) {
                        offer(queue, Math.min(c, p.a()), Math.max(c, p.a()), version);
                    }
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

    private static int find(int[] into, int story) {
        int s = story;
        while (into[s] != s) {
            s = into[s];
        }
        return s;
    }

    /**
     * For a non-exhaustive {@link Candidates}: each story's merge partners worth scoring, found by asking the index for
     * the candidates of the story's mean TF-IDF vector and mean lead embedding; symmetric.
     */
    private List<TreeSet<Integer>> neighbours(int k) {
        List<TreeSet<Integer>> result = new ArrayList<>(k);
        for (int a = 0; a < k; a++) {
            result.add(new TreeSet<>());
        }
        for (int a = 0; a < k; a++) {
            Cluster c = clusters.get(a);
            float[] lead = new float[c.embeddingSum == null ? 0 : c.embeddingSum.length];
            double sq = 0;
            for (int i = 0; i < lead.length; i++) {
                sq += c.embeddingSum[i] * c.embeddingSum[i];
            }
            for (int i = 0; i < lead.length && sq > 0; i++) {
                lead[i] = (float) (c.embeddingSum[i] / Math.sqrt(sq));
            }
            for (int b : candidates.candidates(c.centroid.normalized(), lead)) {
                if (b != a) {
                    result.get(a).add(b);
                    result.get(b).add(a);
                }
            }
        }
        return result;
    }

    private void offer(PriorityQueue<Pair> queue, int a, int b, int[] version) {
        Cluster ca = clusters.get(a);
        Cluster cb = clusters.get(b);
        if (ca.sealed || cb.sealed) {
            return;
        }
        double pairs = (double) ca.members.size() * cb.members.size();
        double text = ca.centroid.dot(cb.centroid) / pairs;
        double lead = 0;
        if (ca.embeddingSum != null && cb.embeddingSum != null) {
            for (int i = 0; i < ca.embeddingSum.length; i++) {
                lead += ca.embeddingSum[i] * cb.embeddingSum[i];
            }
            lead /= pairs;
        }
        double score = mergeDecision(ca, cb).score(text, lead);
        if (score >= 0 && ca.gapDays(cb.minDay, cb.maxDay) <= options.maxGapDays()) {
            queue.add(new Pair(a, b, version[a], version[b], score, text, lead));
        }
    }

    /**
     * The short-text decision when most members of both stories are short texts (fewer than
     * {@link GroupOptions#shortTerms()} features: headlines), else the full-text one.
     */
    private GroupOptions.Decision mergeDecision(Cluster a, Cluster b) {
        return a.mostlyShort() && b.mostlyShort() ? options.shortMerge() : options.merge();
    }

    static String fmt(double x) {
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
