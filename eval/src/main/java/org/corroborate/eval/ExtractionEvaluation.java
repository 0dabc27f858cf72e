package org.corroborate.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Extractor;
import org.corroborate.api.RawDocument;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.ingest.IngestResult;
import org.corroborate.ingest.Inputs;

/**
 * Runs an {@link Extractor} over one of the two public extraction benchmarks and scores it.
 *
 * <ul>
 *   <li>{@link #scrapinghub(Path, Extractor)}: the Zyte/Scrapinghub article-extraction-benchmark (181 pages,
 *       {@code ground-truth.json} and {@code html/<id>.html.gz}), scored with {@link ShingleMetric}.</li>
 *   <li>{@link #trafilatura(Path, Extractor)}: trafilatura's evaluation set (990 documents, {@code evaldata.json} and
 *       the HTML in {@code cache/<file>.gz}, else {@code eval/<file>.gz}), scored with {@link SegmentMetric},
 *       including title, date and author accuracy.</li>
 * </ul>
 *
 * <p>Pages are read by the product's own ingest ({@link Inputs#readHtml}: size and binary checks, charset from the BOM,
 * then a meta charset, else UTF-8 when valid, else windows-1252) and passed as {@link ContentType#HTML} with the page URL as the only hint. A document whose HTML is missing or whose
 * extraction throws a {@link RuntimeException} or {@link StackOverflowError} is scored as empty output and counted as
 * an error. Documents are processed one at a time in a fixed order, so the scores are deterministic for a
 * deterministic extractor; timings are not.
 *
 * <p>Stateless and thread-safe as far as the extractor is.
 */
public final class ExtractionEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WORST = 10;

    private ExtractionEvaluation() {
    }

    /**
     * Scores {@code extractor} on the Scrapinghub article-extraction-benchmark.
     *
     * @param dataDir   the folder holding {@code ground-truth.json} and {@code html/}; never null
     * @param extractor the extractor; never null
     * @return the report (no segment or metadata figures); never null
     * @throws UncheckedIOException when {@code ground-truth.json} cannot be read
     */
    public static Report scrapinghub(Path dataDir, Extractor extractor) {
        Objects.requireNonNull(extractor, "extractor");
        JsonNode truth = readJson(dataDir.resolve("ground-truth.json"));
        Map<String, JsonNode> pages = new TreeMap<>();
        truth.properties().forEach(e -> pages.put(e.getKey(), e.getValue()));

        Run run = new Run(extractor);
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        for (Map.Entry<String, JsonNode> page : pages.entrySet()) {
            String id = page.getKey();
            String url = text(page.getValue().get("url"));
            Article article = run.extract("html/" + id + ".html", dataDir.resolve("html").resolve(id + ".html.gz"),
                    url);
            ShingleMetric.PageScore score = ShingleMetric.page(text(page.getValue().get("articleBody")),
                    article == null ? "" : article.text());
            scores.add(score);
            ranked.add(new Ranked(score.f1(), String.format(Locale.ROOT, "%s  F1 %.3f  P %.3f  R %.3f  %s",
                    id.substring(0, Math.min(12, id.length())), score.f1(), score.precision(), score.recall(),
                    url == null ? "" : url)));
        }
        TextScores total = ShingleMetric.aggregate(scores);
        return run.report("scrapinghub", total.pages(), total.precision(), total.recall(), total.f1(),
                total.accuracy(), null, null, worst(ranked));
    }

    /**
     * Scores {@code extractor} on trafilatura's evaluation set.
     *
     * @param dataDir   the folder holding {@code evaldata.json}, {@code cache/} and {@code eval/}; never null
     * @param extractor the extractor; never null
     * @return the report with segment counts and metadata accuracy; never null
     * @throws UncheckedIOException when {@code evaldata.json} cannot be read
     */
    public static Report trafilatura(Path dataDir, Extractor extractor) {
        Objects.requireNonNull(extractor, "extractor");
        JsonNode data = readJson(dataDir.resolve("evaldata.json"));
        Run run = new Run(extractor);
        SegmentMetric.Counts total = SegmentMetric.Counts.ZERO;
        MetadataScores.Tally title = MetadataScores.Tally.ZERO;
        MetadataScores.Tally date = MetadataScores.Tally.ZERO;
        MetadataScores.Tally authorExact = MetadataScores.Tally.ZERO;
        MetadataScores.Tally authorLenient = MetadataScores.Tally.ZERO;
        List<Ranked> ranked = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, JsonNode> entry : data.properties()) {
            JsonNode item = entry.getValue();
            String file = text(item.get("file"));
            if (file == null) {
                continue;
            }
            n++;
            Path html = dataDir.resolve("cache").resolve(file + ".gz");
            if (!Files.isRegularFile(html)) {
                html = dataDir.resolve("eval").resolve(file + ".gz");
            }
            Article article = run.extract(file, html, entry.getKey());
            SegmentMetric.Counts counts = SegmentMetric.score(article == null ? "" : article.text(),
                    strings(item.get("with")), strings(item.get("without")));
            total = total.plus(counts);
            ranked.add(new Ranked(-(counts.fn() + counts.fp()), String.format(Locale.ROOT,
                    "%s  FN %d/%d  FP %d/%d", file, counts.fn(), counts.tp() + counts.fn(), counts.fp(),
                    counts.fp() + counts.tn())));

            String goldTitle = gold(item.get("title"));
            if (goldTitle != null) {
                title = title.plus(article != null && SegmentMetric.titleMatches(goldTitle, article.title()));
            }
            String goldDate = gold(item.get("date"));
            if (goldDate != null) {
                date = date.plus(article != null && SegmentMetric.dateMatches(goldDate, article.published()));
            }
            String goldAuthor = gold(item.get("author"));
            if (goldAuthor != null) {
                List<String> byline = article == null ? List.of() : article.byline();
                authorExact = authorExact.plus(SegmentMetric.authorExact(goldAuthor, byline));
                authorLenient = authorLenient.plus(SegmentMetric.authorLenient(goldAuthor, byline));
            }
        }
        return run.report("trafilatura", n, total.precision(), total.recall(), total.f1(), total.accuracy(), total,
                new MetadataScores(title, date, authorExact, authorLenient), worst(ranked));
    }

    /** The mutable state of one run: the extractor's time and the failures. Confined to the running thread. */
    private static final class Run {
        private final Extractor extractor;
        private final List<String> failures = new ArrayList<>();
        private long nanos;

        Run(Extractor extractor) {
            this.extractor = extractor;
        }

        /** The extracted article, or null (recorded as a failure) when the file is missing or extraction throws. */
        Article extract(String source, Path file, String url) {
            IngestResult read = Inputs.readHtml(file, IngestOptions.defaults());
            if (read.documents().isEmpty()) {
                read.problems().forEach(p -> failures.add(source + ": " + p.message()));
                return null;
            }
            String html = read.documents().get(0).content();
            RawDocument document = new RawDocument(source, ContentType.HTML, html,
                    new DocumentHints(null, url, null, null, List.of(), null, null));
            long start = System.nanoTime();
            try {
                return extractor.extract(document);
            } catch (BadInputException e) {
                failures.add(source + ": " + e.problem());
                return null;
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(source + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                return null;
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        Report report(String benchmark, int n, double p, double r, double f1, double accuracy,
                      SegmentMetric.Counts segments, MetadataScores metadata, List<String> worst) {
            double seconds = nanos / 1e9;
            return new Report(benchmark, n, failures.size(), p, r, f1, accuracy, segments, metadata,
                    nanos / 1_000_000, seconds > 0 ? n / seconds : 0, failures, worst);
        }
    }

    /** A document line with a sort key: lower is worse; ties keep document order. */
    private record Ranked(double key, String line) {
    }

    private static List<String> worst(List<Ranked> ranked) {
        return ranked.stream().sorted(Comparator.comparingDouble(Ranked::key)).limit(WORST).map(Ranked::line)
                .toList();
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The text of a JSON string node; null for a missing or null node. */
    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    /** The strings of a JSON array, nulls kept as null (the metric skips them); empty when absent. */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(text(v)));
        }
        return values;
    }

    /** A gold metadata value: a string, or a list joined with {@code "; "}; null when absent or blank. */
    private static String gold(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.isArray() ? String.join("; ", strings(node).stream().filter(Objects::nonNull).toList())
                : node.asText();
        return value.isBlank() ? null : value;
    }
}
