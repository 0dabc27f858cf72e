package org.corroborate.group;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.api.CopyEdge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of assigning one arriving article to a story when {@code indexed} articles are already placed: candidate
 * retrieval (a Lucene index on disk, {@link LuceneCandidates}, or every story) plus scoring and the join/new
 * decision, as JMH sample-time percentiles (read p0.50 and p0.99 in the report). The stream is synthetic
 * ({@link SyntheticStream}: 100,000 articles in about 25,000 stories by default), built once per trial: all but the
 * last 2,000 indexed articles are put straight into their true stories and the index (no scoring, to save set-up
 * time), the last 2,000 are placed by the clusterer; so the measured articles arrive into a full index, and each
 * operation places the next article.
 *
 * <p>{@code assign} leaves out the lead embedding (its vector is precomputed); {@code assignWithEmbedding} also
 * embeds one real lead of about 60 words with the MiniLM model on the calling thread (batch of one, as in a live
 * stream), so its figure is the whole per-article cost. {@code embedLeadAlone} and {@code embedLeadsBatch16} measure
 * the embedding on its own, one lead at a time and sixteen per call (divide by 16 for the per-article cost).
 *
 * <p>The benchmark sits in the group module's package (on the class path, not a module) so that it can drive the
 * package-private clusterer one article at a time. Run from the project root:
 * <pre>
 * java -jar bench/target/benchmarks.jar StoryAssignmentBenchmark -t 1
 * </pre>
 * Instances are created and driven by JMH; not thread-safe (run with one thread).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
public class StoryAssignmentBenchmark {

    /**
     * Of the indexed articles, the last this many are placed by the clusterer; the ones before are put straight into
     * their true stories (and the index) to save set-up time. Later arrivals may belong to stories that are still
     * open, so they must not be seeded.
     */
    private static final int PLACED_BEFORE = 2_000;

    /** Articles that can be measured after the indexed ones (more than any run places). */
    private static final int ARRIVALS = 60_000;

    /** A stream whose first {@code indexed} articles are placed during set-up. */
    @State(Scope.Benchmark)
    public static class Stream {

        /** Articles placed before measuring. */
        @Param("100000")
        public int indexed;

        /** {@code index} (Lucene) or {@code all} (every story: exact, linear). */
        @Param("index")
        public String candidates;

        SyntheticStream stream;
        StoryClusterer clusterer;
        Candidates search;
        int next;

        /** Builds the stream and places the first {@code indexed} articles. */
        @Setup(Level.Trial)
        public void build() {
            long t0 = System.nanoTime();
            stream = new SyntheticStream(indexed + ARRIVALS, 17);
            search = "all".equals(candidates) ? Candidates.all()
                    : new LuceneCandidates(LuceneCandidates.IndexOptions.defaults(), null);
            clusterer = new StoryClusterer(GroupOptions.defaults(), stream.entries, stream.vectors,
                    stream.embeddings, new CopyEdge[stream.entries.size()], search);
            int seeded = indexed - PLACED_BEFORE;
            for (next = 0; next < seeded; next++) {
                clusterer.seed(next, stream.truth[next]);
            }
            for (; next < indexed; next++) {
                clusterer.place(next);
            }
            int[] stats = clusterer.passStats();
            int truthStories = 0;
            for (int i = 0; i < indexed; i++) {
                truthStories = Math.max(truthStories, stream.truth[i] + 1);
            }
            System.out.printf("# %d stories so far (synthetic truth %d), largest %d articles%n", stats[0],
                    truthStories, stats[1]);
            Runtime rt = Runtime.getRuntime();
            System.gc();
            System.out.printf("# %d articles placed in %.0f s; heap used after GC %d MB (of it, the synthetic "
                    + "input ~%d MB)%n", indexed, (System.nanoTime() - t0) / 1e9,
                    (rt.totalMemory() - rt.freeMemory()) >> 20,
                    ((long) stream.entries.size() * (SyntheticStream.DIMENSIONS * 4 + 68 * 12 + 400)) >> 20);
        }

        /** Deletes the index. */
        @TearDown(Level.Trial)
        public void close() {
            search.close();
        }

        int take() {
            if (next >= stream.entries.size()) {
                throw new IllegalStateException("out of synthetic arrivals; shorten the measurement");
            }
            return next++;
        }
    }

    /** Real leads for the embedding model. */
    @State(Scope.Benchmark)
    public static class Leads {

        /** ONNX Runtime threads per inference ({@link SentenceModel#DEFAULT_THREADS} is what the engine uses). */
        @Param("1")
        public int threads;

        LeadEmbedder embedder;
        List<String> leads;
        int next;

        /** Generates the leads and loads the model. */
        @Setup(Level.Trial)
        public void load() {
            embedder = new LeadEmbedder(new SentenceModel(threads));
            leads = SyntheticStream.leads(4096, 5);
            embedder.embedTexts(List.of("warm-up"));
        }

        String take() {
            String lead = leads.get(next);
            next = (next + 1) % leads.size();
            return lead;
        }
    }

    /**
     * Places the next arriving article (embedding precomputed).
     *
     * @param stream the stream
     * @return the position placed
     */
    @Benchmark
    public int assign(Stream stream) {
        int i = stream.take();
        stream.clusterer.place(i);
        return i;
    }

    /**
     * Embeds one lead, then places the next arriving article: the whole per-article cost.
     *
     * @param stream the stream
     * @param leads  the leads
     * @return the embedding, consumed by JMH
     */
    @Benchmark
    public float[] assignWithEmbedding(Stream stream, Leads leads) {
        float[] e = leads.embedder.embedTexts(List.of(leads.take()))[0];
        stream.clusterer.place(stream.take());
        return e;
    }

    /**
     * Embeds one lead on its own.
     *
     * @param leads the leads
     * @return the embedding, consumed by JMH
     */
    @Benchmark
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 2, time = 5)
    public float[] embedLeadAlone(Leads leads) {
        return leads.embedder.embedTexts(List.of(leads.take()))[0];
    }

    /**
     * Embeds sixteen leads in one call.
     *
     * @param leads the leads
     * @return the embeddings, consumed by JMH
     */
    @Benchmark
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 2, time = 5)
    public float[][] embedLeadsBatch16(Leads leads) {
        List<String> batch = new java.util.ArrayList<>(16);
        for (int k = 0; k < 16; k++) {
            batch.add(leads.take());
        }
        return leads.embedder.embedTexts(batch);
    }
}
