package org.corroborate.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.Quote;
import org.corroborate.api.Span;

/**
 * Runs an {@link Annotator} over a quote-attribution gold set and scores its quotes with {@link QuoteMetric}.
 *
 * <p>Gold sets (formats in {@code quotes-eval/README.md}): PolNeAR ({@code polnear-*.jsonl[.gz]}: attributions with
 * source, cue and content pieces; the quote-mark subset is {@code content_has_quote_marks}) and German Wikinews
 * ({@code german-wikinews-*.jsonl}: speaker as source, quote as content; the quote-mark subset is {@code type ==
 * "Direct"}). Each gold text is annotated verbatim: the article is built directly (id, source {@code <file>:<line>},
 * outlet {@code "unknown: <id>"}, the text as given, published = the gold {@code date} when it is an ISO date), so the
 * predicted offsets index the gold text. A document whose annotation throws is scored with no predictions and listed
 * as a failure. Documents are processed one at a time in file order, so the scores are deterministic for a
 * deterministic annotator; timings are not.
 *
 * <p>The data are third-party: they are read from a path given at run time and nothing of them ships with the
 * project. Stateless and thread-safe as far as the annotator is; no argument may be null.
 */
public final class QuoteEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

    private QuoteEvaluation() {
    }

    /** One gold document: its verbatim text, its ISO date or null, and its attributions. */
    record GoldDocument(String id, String source, String text, String date, List<QuoteMetric.Gold> gold) {
    }

    /** Scores {@code annotator} on every article of a PolNeAR file. */
    public static QuoteReport polnear(Path jsonl, Annotator annotator) {
        return polnear(jsonl, annotator, Integer.MAX_VALUE);
    }

    /**
     * Scores {@code annotator} on the first {@code maxDocuments} articles of a PolNeAR file.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when a line is not JSON or has no text
     */
    public static QuoteReport polnear(Path jsonl, Annotator annotator, int maxDocuments) {
        return score(name(jsonl), read(jsonl, maxDocuments, QuoteEvaluation::polnearGold), annotator);
    }

    /** Scores {@code annotator} on the first {@code maxDocuments} documents of a German Wikinews file. */
    public static QuoteReport germanWikinews(Path jsonl, Annotator annotator, int maxDocuments) {
        return score(name(jsonl), read(jsonl, maxDocuments, QuoteEvaluation::wikinewsGold), annotator);
    }

    /**
     * Scores {@code annotator} on a file of either gold set, recognised by its first record ({@code attributions}:
     * PolNeAR, {@code quotes}: German Wikinews).
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException when the file is neither
     */
    public static QuoteReport evaluate(Path jsonl, Annotator annotator, int maxDocuments) {
        List<JsonNode> first = lines(jsonl, 1);
        if (!first.isEmpty() && first.get(0).has("attributions")) {
            return polnear(jsonl, annotator, maxDocuments);
        }
        if (!first.isEmpty() && first.get(0).has("quotes")) {
            return germanWikinews(jsonl, annotator, maxDocuments);
        }
        throw new IllegalArgumentException(jsonl + ": neither PolNeAR (attributions) nor German Wikinews (quotes)");
    }

    /** Scores the predictions of {@code predict} against each document's gold. */
    static QuoteReport score(String corpus, List<GoldDocument> documents, Function<Article, List<Quote>> predict,
                             Function<GoldDocument, Article> articles) {
        QuoteMetric.Counts total = QuoteMetric.Counts.ZERO;
        List<String> failures = new ArrayList<>();
        long nanos = 0;
        long chars = 0;
        for (GoldDocument document : documents) {
            Article article = articles.apply(document);
            List<Quote> quotes;
            long start = System.nanoTime();
            try {
                quotes = predict.apply(article);
            } catch (RuntimeException e) {
                failures.add(document.id() + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                quotes = List.of();
            }
            nanos += System.nanoTime() - start;
            chars += document.text().length();
            total = total.plus(QuoteMetric.score(document.gold(), quotes));
        }
        return new QuoteReport(corpus, documents.size(), chars, total, nanos / 1_000_000, failures);
    }

    private static QuoteReport score(String corpus, List<GoldDocument> documents, Annotator annotator) {
        Objects.requireNonNull(annotator, "annotator");
        return score(corpus, documents, a -> annotator.annotate(a).quotes(), QuoteEvaluation::article);
    }

    /** The as-is article of a gold document: the text verbatim, so offsets index it exactly. */
    static Article article(GoldDocument d) {
        return new Article(d.id(), d.source(), null, null, Article.UNKNOWN_OUTLET_PREFIX + d.id(), null, List.of(),
                d.date(), null, null, d.text(), List.of(), List.of());
    }

    /** The gold documents of a PolNeAR file (at most {@code max}). */
    static List<GoldDocument> readPolnear(Path jsonl, int max) {
        return read(jsonl, max, QuoteEvaluation::polnearGold);
    }

    /** The gold documents of a German Wikinews file (at most {@code max}). */
    static List<GoldDocument> readWikinews(Path jsonl, int max) {
        return read(jsonl, max, QuoteEvaluation::wikinewsGold);
    }

    private static List<GoldDocument> read(Path jsonl, int max, Parser parser) {
        List<GoldDocument> result = new ArrayList<>();
        int line = 0;
        for (JsonNode node : lines(jsonl, max)) {
            line++;
            String id = node.path("id").asText(jsonl.getFileName() + ":" + line);
            String text = node.path("text").asText(null);
            if (text == null) {
                throw new IllegalArgumentException(jsonl + ":" + line + ": no text");
            }
            String date = node.path("date").asText(null);
            date = date != null && ISO_DATE.matcher(date).matches() ? date : null;
            result.add(new GoldDocument(id, jsonl.getFileName() + ":" + line, text, date, parser.gold(id, node)));
        }
        return result;
    }

    private static List<QuoteMetric.Gold> polnearGold(String id, JsonNode node) {
        List<QuoteMetric.Gold> gold = new ArrayList<>();
        for (JsonNode a : node.path("attributions")) {
            gold.add(new QuoteMetric.Gold(spans(id, a.path("source")), spans(id, a.path("cue")),
                    spans(id, a.path("content")), a.path("content_has_quote_marks").asBoolean(false)));
        }
        return gold;
    }

    private static List<QuoteMetric.Gold> wikinewsGold(String id, JsonNode node) {
        List<QuoteMetric.Gold> gold = new ArrayList<>();
        for (JsonNode q : node.path("quotes")) {
            gold.add(new QuoteMetric.Gold(spans(id, q.path("speaker")), spans(id, q.path("cue")),
                    spans(id, q.path("quote")), "Direct".equals(q.path("type").asText())));
        }
        return gold;
    }

    private static List<Span> spans(String id, JsonNode pieces) {
        List<Span> result = new ArrayList<>();
        for (JsonNode p : pieces) {
            result.add(new Span(id, p.path("start").asInt(), p.path("end").asInt(), p.path("text").asText()));
        }
        return result;
    }

    /** The first {@code max} non-blank lines of a JSONL file (gzipped when it ends in {@code .gz}), parsed. */
    private static List<JsonNode> lines(Path jsonl, int max) {
        List<JsonNode> result = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(jsonl);
             InputStream in = jsonl.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while (result.size() < max && (line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    try {
                        result.add(JSON.readTree(line));
                    } catch (JsonProcessingException e) {
                        throw new IllegalArgumentException(jsonl + ":" + number + ": not JSON: "
                                + e.getOriginalMessage());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl + ": " + e.getMessage(), e);
        }
        return result;
    }

    private static String name(Path jsonl) {
        String name = jsonl.getFileName().toString();
        return name.replaceFirst("\\.jsonl(\\.gz)?$", "");
    }

    /** Reads one record's gold attributions. */
    @FunctionalInterface
    private interface Parser {
        List<QuoteMetric.Gold> gold(String id, JsonNode node);
    }
}
