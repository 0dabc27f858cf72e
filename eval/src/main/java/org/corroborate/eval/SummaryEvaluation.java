package org.corroborate.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.BriefSentence;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.corroborate.engine.Engine;
import org.corroborate.engine.Progress;
import org.corroborate.engine.RunResult;

/**
 * Scores the engine's briefs against human multi-document summaries with {@link Rouge}.
 *
 * <p>{@link #multiNews} reads Multi-News clusters, one JSON object a line ({@code {"id", "documents": [...],
 * "summary"}}), and treats each cluster as ONE story: its documents become {@link ContentType#PLAIN_TEXT} documents
 * with source {@code multinews:<id>#<i>}, and {@link Engine#briefSingleStory} extracts, annotates, compares and
 * briefs them with a 100-word budget, skipping grouping. The peer summary is the brief's summary sentences. The
 * reference is the cluster's summary without its leading {@code "– "}, split at its paragraph breaks
 * ({@code " \n \n "}). Each brief is scored under two conventions (both stemmed with ROUGE-1.5.5's {@code -m},
 * {@code -p 0.5}, averaged with ROUGE's bootstrap):
 * <ul>
 *   <li>{@value #MULTI_NEWS}: ROUGE-1, ROUGE-2 and ROUGE-SU4 F1 with no length limit, as Multi-News papers report;</li>
 *   <li>{@value #DUC}: recall at 100 words ({@code -l 100}, which cuts the reference to 100 words too), ROUGE-1,
 *       ROUGE-2 and ROUGE-SU4 (no ROUGE-L: the references are not split into sentences).</li>
 * </ul>
 * A cluster whose documents are all skipped gets an empty summary and scores 0.
 *
 * <p>Clusters run one after another; the run is deterministic for a deterministic engine. Stateless and
 * thread-safe as far as the engine is.
 */
public final class SummaryEvaluation {

    /** The Multi-News convention's name in reports. */
    public static final String MULTI_NEWS = "multi-news: F1, stemmed, no length limit";
    /** The DUC convention's name in reports. */
    public static final String DUC = "duc: recall at 100 words, stemmed (-m -l 100)";
    /** The summary budget given to the engine. */
    public static final int MAX_WORDS = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METRICS = List.of("ROUGE-1", "ROUGE-2", "ROUGE-SU4");
    private static final RougeOptions DUC_OPTIONS = new RougeOptions(2, true, 100, 0.5, 4, false);
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private SummaryEvaluation() {
    }

    /**
     * Runs the engine on the clusters of a Multi-News JSONL file after the first {@code skip} (so a development
     * half and a held-out half can be scored apart) and scores the briefs.
     *
     * @param data     the JSONL file; never null
     * @param engine   the engine (its summary budget is set to {@value #MAX_WORDS} words); never null
     * @param skip     how many clusters to pass over at the start of the file, {@code >= 0}
     * @param limit    how many clusters to score after those; {@code 0} or less for all the rest
     * @param progress receives one step per cluster (phase {@code "Summarising"}); never null
     * @return the report; never null
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException when {@code skip < 0}, a line is not a cluster or no cluster is left to score
     */
    public static SummaryReport multiNews(Path data, Engine engine, int skip, int limit, Progress progress) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(progress, "progress");
        if (skip < 0) {
            throw new IllegalArgumentException("skip must be >= 0, got " + skip);
        }
        long started = System.nanoTime();
        List<Cluster> clusters = readClusters(data, skip, limit);
        if (clusters.isEmpty()) {
            throw new IllegalArgumentException(skip == 0 ? "no clusters in " + data
                    : "no clusters in " + data + " after the first " + skip);
        }
        Engine budgeted = engine.withOptions(engine.options().withMaxWords(MAX_WORDS));
        RougeStemmer stemmer = RougeStemmer.standard();
        Rouge multiNews = new Rouge(RougeOptions.MULTI_NEWS, stemmer);
        Rouge duc = new Rouge(DUC_OPTIONS, stemmer);

        List<Map<String, RougeScore>> multiNewsScores = new ArrayList<>();
        List<Map<String, RougeScore>> ducScores = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int documents = 0;
        int skipped = 0;
        int empty = 0;
        long words = 0;
        progress.begin("Summarising", clusters.size());
        try {
            for (Cluster cluster : clusters) {
                List<RawDocument> raw = new ArrayList<>();
                for (int i = 0; i < cluster.documents().size(); i++) {
                    raw.add(new RawDocument("multinews:" + cluster.id() + "#" + i, ContentType.PLAIN_TEXT,
                            cluster.documents().get(i), DocumentHints.NONE));
                }
                documents += raw.size();
                RunResult result = budgeted.briefSingleStory(raw, List.of(), Progress.NONE);
                result.problems().forEach(p -> problems.add(p.toString()));
                skipped += (int) result.problems().stream()
                        .filter(p -> p.severity() == Problem.Severity.SKIPPED).count();
                List<String> peer = result.stories().isEmpty() ? List.of()
                        : result.stories().get(0).brief().summary().stream().map(BriefSentence::text).toList();
                if (peer.isEmpty()) {
                    empty++;
                }
                words += peer.stream().mapToLong(s -> wordCount(s)).sum();
                List<List<String>> references = List.of(cleanReference(cluster.summary()));
                multiNewsScores.add(multiNews.score(peer, references));
                ducScores.add(duc.score(peer, references));
                progress.advance();
            }
        } finally {
            progress.end();
        }
        List<SummaryReport.Figure> figures = new ArrayList<>();
        figures(MULTI_NEWS, 'F', multiNewsScores, figures);
        figures(DUC, 'R', ducScores, figures);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        String range = skip == 0 && limit <= 0 ? ""
                : ", clusters " + skip + "-" + (skip + clusters.size() - 1) + " counting from 0";
        return new SummaryReport("multi-news (" + data.getFileName() + range + ")", clusters.size(), documents, skipped,
                empty, (double) words / clusters.size(), figures, elapsedMs, problems);
    }

    /**
     * A Multi-News reference summary as ROUGE sentences: the leading {@code "– "} removed, split at its paragraph
     * breaks ({@code " \n \n "}), each paragraph trimmed, empty ones dropped.
     *
     * @param summary the summary as the data set gives it; never null
     * @return its paragraphs; never null
     */
    public static List<String> cleanReference(String summary) {
        String text = summary.strip();
        if (text.startsWith("\u2013")) {
            text = text.substring(1).strip();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text)) {
            String clean = paragraph.strip();
            if (!clean.isEmpty()) {
                paragraphs.add(clean);
            }
        }
        return List.copyOf(paragraphs);
    }

    private static void figures(String convention, char stat, List<Map<String, RougeScore>> scores,
                                List<SummaryReport.Figure> into) {
        for (String metric : METRICS) {
            List<Double> perCluster = scores.stream().map(s -> s.get(metric).get(stat)).toList();
            into.add(new SummaryReport.Figure(convention, metric, stat, RougeAverage.of(perCluster),
                    RougeAverage.plainMean(perCluster)));
        }
    }

    private static long wordCount(String s) {
        String stripped = s.strip();
        return stripped.isEmpty() ? 0 : BLANKS.split(stripped).length;
    }

    private record Cluster(String id, List<String> documents, String summary) {
    }

    private static List<Cluster> readClusters(Path data, int skip, int limit) {
        List<Cluster> clusters = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            int seen = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (limit > 0 && clusters.size() >= limit) {
                    break;
                }
                if (seen++ < skip) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                JsonNode docs = node.get("documents");
                JsonNode summary = node.get("summary");
                if (!node.isObject() || docs == null || !docs.isArray() || summary == null || !summary.isTextual()) {
                    throw new IllegalArgumentException(data + ":" + lineNumber
                            + ": not a cluster {\"id\", \"documents\": [...], \"summary\"}");
                }
                List<String> texts = new ArrayList<>();
                docs.forEach(d -> texts.add(d.asText()));
                JsonNode id = node.get("id");
                clusters.add(new Cluster(id == null ? String.valueOf(seen - 1) : id.asText(), texts,
                        summary.asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + data, e);
        }
        return clusters;
    }
}
