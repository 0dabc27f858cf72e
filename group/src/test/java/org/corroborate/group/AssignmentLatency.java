package org.corroborate.group;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Article;
import org.corroborate.api.CopyEdge;
import org.corroborate.testkit.Fixtures;
import org.corroborate.testkit.SharedData;
import org.corroborate.text.SparseVector;

/**
 * A benchmark, not a test: prints the per-article cost of online assignment on the 690 pooled Multi-News documents
 * (naive sentences and tokens, undated): the lead embedding of one article on its own (batch of one, as in a live
 * stream), the single-pass placement (candidate scoring and join/new decision), and their sum, as p50 / p99 / mean.
 * Also prints the one-off model load time. No assertions; run it by hand:
 *
 * <pre>
 * mvn -B -q -pl group -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "$(cat group/target/cp.txt)":group/target/classes:group/target/test-classes \
 *     org.corroborate.group.AssignmentLatency
 * </pre>
 *
 * <p>Needs {@code ../shared/mds}. Not thread-safe; run it alone on a quiet machine.
 */
public final class AssignmentLatency {

    private AssignmentLatency() {
    }

    /**
     * Runs the measurement and prints one line per figure on stdout.
     *
     * @param args ignored
     * @throws IOException when the data cannot be read
     */
    public static void main(String[] args) throws IOException {
        Path file = SharedData.require("mds/multinews_val250/multinews_validation_sample250.jsonl");
        List<AnnotatedArticle> articles = read(file);
        GroupOptions options = GroupOptions.defaults();
        LeadEmbedder embedder = new LeadEmbedder();
        long t0 = System.nanoTime();
        embedder.embedTexts(List.of("warm-up"));
        long loadNanos = System.nanoTime() - t0;
        List<Chronology.Entry> entries = Chronology.order(articles);
        List<AnnotatedArticle> ordered = entries.stream().map(Chronology.Entry::article).toList();
        long[] embedNanos = new long[ordered.size()];
        float[][] embeddings = new float[ordered.size()][];
        for (int i = 0; i < ordered.size(); i++) {
            long s = System.nanoTime();
            embeddings[i] = embedder.embed(List.of(ordered.get(i)))[0];
            embedNanos[i] = System.nanoTime() - s;
        }
        List<String> ids = entries.stream().map(Chronology.Entry::id).toList();
        List<String> texts = ordered.stream().map(a -> a.article().text()).toList();
        CopyEdge[] copies = new CopyDetector(options.shingleSize(), options.copyThreshold()).detect(ids, texts);
        List<SparseVector> vectors = new Features(options).vectors(ordered);
        StoryClusterer clusterer = new StoryClusterer(options, entries, vectors, embeddings, copies,
                Candidates.all());
        long r0 = System.nanoTime();
        int stories = clusterer.run().size();
        long runNanos = System.nanoTime() - r0;
        long[] placeNanos = clusterer.placeNanos();
        long[] total = new long[placeNanos.length];
        for (int i = 0; i < total.length; i++) {
            total[i] = placeNanos[i] + embedNanos[i];
        }
        System.out.printf(Locale.ROOT, "articles %d, stories %d, cores %d%n", ordered.size(), stories,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "model load (once per grouper) %.0f ms%n", loadNanos / 1e6);
        print("lead embedding", embedNanos);
        print("placement", placeNanos);
        print("embedding + placement", total);
        System.out.printf(Locale.ROOT, "whole pass + merge %.0f ms%n", runNanos / 1e6);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-22s p50 %.2f ms  p99 %.2f ms  mean %.2f ms%n", what,
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, mean / 1e6);
    }

    private static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private static List<AnnotatedArticle> read(Path file) throws IOException {
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
                    Article a = Fixtures.article(id, "unknown: " + id, docs.get(k).asText("").strip(), null);
                    articles.add(Fixtures.annotated(a));
                }
            }
        }
        return articles;
    }
}
