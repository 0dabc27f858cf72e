package org.corroborate.group;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.CopyEdge;
import org.corroborate.testkit.Fixtures;
import org.corroborate.testkit.SharedData;
import org.corroborate.text.SparseVector;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-article cost of online assignment on real articles: the 690 pooled Multi-News documents (naive sentences
 * and tokens, undated), every story scored exactly ({@link Candidates#all()}). Sample-time percentiles (read p0.50
 * and p0.99):
 * <ul>
 *   <li>{@code embedLead}: the lead embedding of the next article on its own (batch of one, as in a live stream);</li>
 *   <li>{@code place}: the single-pass placement of the next article (candidate scoring and the join/new decision,
 *       embedding precomputed); after the last article a new pass starts;</li>
 *   <li>{@code embedAndPlace}: both, the whole per-article cost;</li>
 *   <li>{@code passAndMerge} (single shot): a whole pass over the 690 articles plus the merge step;</li>
 *   <li>{@code loadModel} (single shot): loading the embedding model and embedding one text, once per grouper.</li>
 * </ul>
 * It replaces a hand-run timing class that lived among the group module's tests. The data is read from
 * {@code -p data=FILE}, else {@code mds/multinews_val250/multinews_validation_sample250.jsonl} in the shared folder
 * (system property {@code corroborate.shared}, else {@code ../shared}). Run from the project root:
 * <pre>
 * java -Dcorroborate.shared=../shared -jar bench/target/benchmarks.jar MultiNewsAssignmentBenchmark -t 1
 * </pre>
 * Instances are created and driven by JMH; not thread-safe (run with one thread).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class MultiNewsAssignmentBenchmark {

    private static final String DEFAULT_FILE = "mds/multinews_val250/multinews_validation_sample250.jsonl";

    /** The pooled articles with their features, copies and embeddings, and a pass in progress. */
    @State(Scope.Benchmark)
    public static class Pool {

        /** The Multi-News sample file; blank for the one in the shared folder. */
        @Param("")
        public String data;

        GroupOptions options;
        LeadEmbedder embedder;
        List<Chronology.Entry> entries;
        List<AnnotatedArticle> ordered;
        List<SparseVector> vectors;
        float[][] embeddings;
        CopyEdge[] copies;
        String[] notices;
        StoryClusterer clusterer;
        int next;

        /** Reads and prepares the articles, loads the model and embeds every lead once. */
        @Setup(Level.Trial)
        public void load() {
            List<AnnotatedArticle> articles = read(file(data));
            options = GroupOptions.defaults();
            embedder = new LeadEmbedder();
            entries = Chronology.order(articles);
            ordered = entries.stream().map(Chronology.Entry::article).toList();
            List<String> ids = entries.stream().map(Chronology.Entry::id).toList();
            List<String> texts = ordered.stream().map(a -> a.article().text()).toList();
            notices = StandardGrouper.notices(texts);
            boolean[] skipped = new boolean[notices.length];
            for (int i = 0; i < notices.length; i++) {
                skipped[i] = notices[i] != null;
            }
            copies = new CopyDetector(options.shingleSize(), options.copyThreshold()).detect(ids, texts, skipped);
            vectors = new Features(options).vectors(ordered);
            embeddings = embedder.embed(ordered);
            restart();
        }

        /** A new pass over the same articles. */
        StoryClusterer newPass() {
            return new StoryClusterer(options, entries, vectors, embeddings, copies, notices, Candidates.all());
        }

        void restart() {
            clusterer = newPass();
            next = 0;
        }

        int take() {
            if (next == entries.size()) {
                restart();
            }
            return next++;
        }
    }

    /**
     * Embeds the lead of the next article alone.
     *
     * @param pool the articles
     * @return the embedding, consumed by JMH
     */
    @Benchmark
    public float[] embedLead(Pool pool) {
        int i = pool.take();
        return pool.embedder.embed(List.of(pool.ordered.get(i)))[0];
    }

    /**
     * Places the next article (embedding precomputed).
     *
     * @param pool the articles
     * @return the position placed
     */
    @Benchmark
    public int place(Pool pool) {
        int i = pool.take();
        pool.clusterer.place(i);
        return i;
    }

    /**
     * Embeds the next article's lead, then places it.
     *
     * @param pool the articles
     * @return the embedding, consumed by JMH
     */
    @Benchmark
    public float[] embedAndPlace(Pool pool) {
        int i = pool.take();
        float[] e = pool.embedder.embed(List.of(pool.ordered.get(i)))[0];
        pool.clusterer.place(i);
        return e;
    }

    /**
     * A whole pass over the articles plus the merge step.
     *
     * @param pool the articles
     * @return the number of stories
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public int passAndMerge(Pool pool) {
        return pool.newPass().run().size();
    }

    /**
     * Loads the embedding model and embeds one text.
     *
     * @return the embedding, consumed by JMH
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public float[] loadModel() {
        return new LeadEmbedder().embedTexts(List.of("warm-up"))[0];
    }

    private static Path file(String data) {
        if (data != null && !data.isBlank()) {
            return Paths.get(data);
        }
        Path root = SharedData.root().orElseThrow(() -> new IllegalStateException(
                "no shared folder: pass -Dcorroborate.shared=DIR or -p data=FILE"));
        Path path = root.resolve(DEFAULT_FILE);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("no Multi-News sample at " + path + "; pass -p data=FILE");
        }
        return path;
    }

    private static List<AnnotatedArticle> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<AnnotatedArticle> articles = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record = json.readTree(line);
                JsonNode docs = record.get("documents");
                for (int k = 0; k < docs.size(); k++) {
                    String id = "mn" + record.get("id").asText() + "-" + k;
                    Article a = Fixtures.article(id, Article.UNKNOWN_OUTLET_PREFIX + id,
                            docs.get(k).asText("").strip(), null);
                    articles.add(Fixtures.annotated(a));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return articles;
    }
}
