package org.corroborate.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.EntityResolver;
import org.corroborate.api.Grouping;
import org.corroborate.api.Story;
import org.corroborate.api.StoryGrouper;

/**
 * Runs a {@link StoryGrouper} over a labelled stream of news items and scores it with {@link ClusterMetric}.
 *
 * <ul>
 *   <li>{@link #uciHeadlines(Path)}: the UCI News Aggregator prefix ({@value #UCI_FILE}: TSV split on tabs, no
 *       quoting, one header row; gold = the {@code story} column). Rows are shuffled with
 *       {@code java.util.Random(13)} because the file is sorted story by story; every item is undated (the crawl
 *       timestamps give the labels away and are never read) and has its headline as both title and text.</li>
 *   <li>{@link #multiNewsPooled(Path)}: all documents of the Multi-News sample ({@value #MULTINEWS_FILE}, one
 *       cluster per line) in one undated stream, in file order, untitled; gold = the cluster's {@code id}.</li>
 * </ul>
 *
 * <p>Articles are annotated by {@link #tokenizeOnly()} unless an {@link Annotator} (e.g. CoreNLP) is given; with one,
 * an optional {@link EntityResolver} merges entity ids across the stream as the engine does. The data is third-party
 * and read from wherever the caller points; nothing of it ships with the project.
 *
 * <p>Stateless and thread-safe as far as the grouper and annotator are; deterministic for a deterministic grouper
 * (timings aside).
 */
public final class ClusterEvaluation {

    /** The UCI headline file's name. */
    public static final String UCI_FILE = "uci_news_prefix_6366.tsv";
    /** The Multi-News sample's file name. */
    public static final String MULTINEWS_FILE = "multinews_validation_sample250.jsonl";
    /** The seed of the shuffle of the UCI rows. */
    public static final long UCI_SEED = 13;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int UCI_COLUMNS = 9;
    private static final int UCI_PUBLISHER = 3;
    private static final int UCI_STORY = 6;
    private static final int UCI_TITLE = 7;
    private static final int UCI_URL = 8;

    private ClusterEvaluation() {
    }

    /**
     * A labelled stream.
     *
     * @param name     what it is, for reports
     * @param articles the articles in stream order; never null
     * @param gold     the gold cluster of each article, parallel to {@code articles}; never null
     * @param fitting  the gold clusters of the fitting half, on which settings are chosen (the others are the held-out
     *                 half, reported but never used for a choice); never null, empty when the stream is not split
     */
    public record ClusterData(String name, List<Article> articles, List<String> gold, Set<String> fitting) {
        public ClusterData {
            Objects.requireNonNull(name, "name");
            articles = List.copyOf(articles);
            gold = List.copyOf(gold);
            fitting = Set.copyOf(fitting);
            if (articles.size() != gold.size()) {
                throw new IllegalArgumentException("articles and gold labels differ in number");
            }
        }

        /** A stream that is not split into halves. */
        public ClusterData(String name, List<Article> articles, List<String> gold) {
            this(name, articles, gold, Set.of());
        }
    }

    /** The cheap annotator (naive sentences and lower-cased word tokens, no CoreNLP); thread-safe. */
    public static Annotator tokenizeOnly() {
        return new ClusterInputs();
    }

    /**
     * Reads the UCI headline file, shuffled with {@code Random(13)}.
     *
     * @param tsv the {@value #UCI_FILE} file; never null
     * @return the stream; never null
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when a row does not have 9 tab-separated columns (the message names the line)
     */
    public static ClusterData uciHeadlines(Path tsv) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != UCI_COLUMNS) {
                    throw new IllegalArgumentException(tsv + ":" + number + ": " + cols.length + " columns, expected "
                            + UCI_COLUMNS);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        Collections.shuffle(rows, new Random(UCI_SEED));
        List<Article> articles = new ArrayList<>(rows.size());
        List<String> gold = new ArrayList<>(rows.size());
        for (String[] cols : rows) {
            String title = cols[UCI_TITLE].strip();
            String url = cols[UCI_URL].isBlank() ? null : cols[UCI_URL];
            articles.add(new Article("uci" + cols[0], UCI_FILE + "#" + cols[0], url, null, cols[UCI_PUBLISHER],
                    title, List.of(), null, null, "en", title, List.of(), List.of()));
            gold.add(cols[UCI_STORY]);
        }
        return new ClusterData("uci headlines", articles, gold, firstHalf(gold, Comparator.naturalOrder()));
    }

    /**
     * Reads the Multi-News sample as one pooled stream: cluster by cluster, documents in order, ids
     * {@code mn<cluster>-<k>}.
     *
     * @param jsonl the {@value #MULTINEWS_FILE} file; never null
     * @return the stream; never null
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when a line is not a cluster record (the message names the line)
     */
    public static ClusterData multiNewsPooled(Path jsonl) {
        List<Article> articles = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        forEachJsonLine(jsonl, (record, where) -> {
            JsonNode docs = record.get("documents");
            if (!record.hasNonNull("id") || docs == null || !docs.isArray()) {
                throw new IllegalArgumentException(where + ": no id or documents");
            }
            String cluster = record.get("id").asText();
            for (int k = 0; k < docs.size(); k++) {
                String id = "mn" + cluster + "-" + k;
                articles.add(new Article(id, MULTINEWS_FILE + "#" + id, null, null, "unknown: " + id, null,
                        List.of(), null, null, "en", docs.get(k).asText("").strip(), List.of(), List.of()));
                gold.add(cluster);
            }
        });
        return new ClusterData("multinews pooled", articles, gold,
                firstHalf(gold, Comparator.comparingInt(Integer::parseInt)));
    }

    /**
     * The fitting half of a stream: the first half (rounded down) of its distinct gold clusters in {@code order}, so
     * that every article of a gold cluster falls in the same half.
     */
    static Set<String> firstHalf(List<String> gold, Comparator<String> order) {
        List<String> clusters = new ArrayList<>(new TreeSet<>(gold));
        clusters.sort(order);
        return Set.copyOf(clusters.subList(0, clusters.size() / 2));
    }

    /** {@link #run(ClusterData, StoryGrouper, Annotator, EntityResolver)} with {@link #tokenizeOnly()}. */
    public static ClusterReport run(ClusterData data, StoryGrouper grouper) {
        return run(data, grouper, tokenizeOnly(), null);
    }

    /**
     * Annotates the stream, groups it in one call and scores the grouping.
     *
     * @param data      the stream; never null
     * @param grouper   the grouper; never null
     * @param annotator the annotator; never null (see {@link #tokenizeOnly()})
     * @param resolver  merges entity ids across articles before grouping; null for none
     * @return the report; never null
     * @throws IllegalStateException when the grouping leaves out an article or invents one
     */
    public static ClusterReport run(ClusterData data, StoryGrouper grouper, Annotator annotator,
                                    EntityResolver resolver) {
        Objects.requireNonNull(grouper, "grouper");
        Objects.requireNonNull(annotator, "annotator");
        long t0 = System.nanoTime();
        List<AnnotatedArticle> annotated = new ArrayList<>(data.articles().size());
        for (Article a : data.articles()) {
            try {
                annotated.add(annotator.annotate(a));
            } catch (RuntimeException e) { // a score needs every document: stop, naming the one that failed
                throw new IllegalStateException("cannot annotate document " + a.id() + " (" + a.source() + "): " + e,
                        e);
            }
        }
        if (resolver != null) {
            annotated = resolver.resolve(annotated);
        }
        long t1 = System.nanoTime();
        Grouping grouping = grouper.group(annotated);
        long t2 = System.nanoTime();
        Map<String, String> predicted = new HashMap<>();
        for (Story story : grouping.stories()) {
            for (String id : story.articleIds()) {
                predicted.put(id, story.id());
            }
        }
        Map<String, String> gold = new LinkedHashMap<>();
        for (int i = 0; i < data.articles().size(); i++) {
            gold.put(data.articles().get(i).id(), data.gold().get(i));
        }
        ClusterMetric.Scores scores;
        try {
            scores = ClusterMetric.score(gold, predicted);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the grouping does not cover the stream: " + e.getMessage(), e);
        }
        List<ClusterReport.Part> parts = new ArrayList<>();
        if (!data.fitting().isEmpty()) {
            parts.add(new ClusterReport.Part("fitting half", half(gold, predicted, data.fitting(), true)));
            parts.add(new ClusterReport.Part("held-out half", half(gold, predicted, data.fitting(), false)));
        }
        return new ClusterReport(data.name(), scores, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, parts);
    }

    /**
     * The scores of the articles of one half inside a run over the whole stream: a predicted cluster that mixes both
     * halves counts only with its articles of this half.
     */
    private static ClusterMetric.Scores half(Map<String, String> gold, Map<String, String> predicted,
                                             Set<String> fitting, boolean fittingHalf) {
        Map<String, String> halfGold = new LinkedHashMap<>();
        Map<String, String> halfPredicted = new HashMap<>();
        gold.forEach((id, label) -> {
            if (fitting.contains(label) == fittingHalf) {
                halfGold.put(id, label);
                halfPredicted.put(id, predicted.get(id));
            }
        });
        return ClusterMetric.score(halfGold, halfPredicted);
    }

    /**
     * Scores a predicted clustering file against a gold one. Both are JSON lines {@code {"id": ..., "story": ...}}
     * (the output of {@code corroborate cluster}; other fields are ignored); blank lines are skipped.
     *
     * @param gold      the gold file; never null
     * @param predicted the predicted file; never null
     * @return the report (no timings); never null
     * @throws UncheckedIOException     when a file cannot be read
     * @throws IllegalArgumentException when a line is bad, an id repeats or the two files cover different ids
     */
    public static ClusterReport compareFiles(Path gold, Path predicted) {
        return new ClusterReport(predicted.getFileName() + " vs " + gold.getFileName(),
                ClusterMetric.score(labels(gold), labels(predicted)), 0, 0);
    }

    private static Map<String, String> labels(Path file) {
        Map<String, String> labels = new LinkedHashMap<>();
        forEachJsonLine(file, (record, where) -> {
            if (!record.hasNonNull("id") || !record.hasNonNull("story")) {
                throw new IllegalArgumentException(where + ": needs \"id\" and \"story\"");
            }
            if (labels.put(record.get("id").asText(), record.get("story").asText()) != null) {
                throw new IllegalArgumentException(where + ": duplicate id " + record.get("id").asText());
            }
        });
        return labels;
    }

    /** Hands each non-blank line of a JSON-lines file, parsed, to {@code action} with its {@code file:line}. */
    private static void forEachJsonLine(Path file, BiConsumer<JsonNode, String> action) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    String where = file + ":" + number;
                    action.accept(parse(line, where), where);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode parse(String line, String where) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException(where + ": not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
