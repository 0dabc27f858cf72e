package org.corroborate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.api.Article;
import org.corroborate.api.BadInputException;
import org.corroborate.api.Extractor;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;
import org.corroborate.engine.EngineOptions;
import org.corroborate.extract.Extractors;
import org.corroborate.ingest.IngestOptions;
import org.corroborate.ingest.IngestResult;
import org.corroborate.ingest.Inputs;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate extract FILE... [--input-jsonl F] [--format jsonl|json|text] [--explain]}: the clean text and
 * metadata of each input, one record per input, without annotating (CoreNLP is never loaded).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts the clean article text and metadata of each input (files and folders: .html, .htm, .txt,",
            ".json, .jsonl, each optionally .gz; plus --input-jsonl records {\"id\", \"html\"|\"text\", \"url\"})",
            "and writes one record per input to stdout. An input that gives no article (unreadable, empty, binary,",
            "too large, no article text, a repeat) gets a record with an empty body and the problem in 'warnings',",
            "after the others, and is also named on stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and extracted",
            "1:usage error; nothing was done",
            "2:some inputs gave no article (each named on stderr, each with its own record); the rest was written",
            "3:failure (internal error)"})
final class ExtractCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format {
        jsonl, json, text
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommandInputs inputs = new CommandInputs();


    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (one record per line), json (an array) or text (title, blank line, body; records "
                    + "separated by a form-feed line). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--explain", description = "Add the lines extraction removed, and why (\"removed\").")
    private boolean explain;


    private final EngineHolder engines;

    ExtractCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        IngestOptions ingest = inputs.ingestOptions(spec);
        Extractor extractor = engines.apply(EngineOptions.DEFAULTS.withMaxInputBytes(ingest.maxBytes())).extractor();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = new ArrayList<>();
        List<Extracted> extracted = extractAll(inputs.read(ingest), extractor, problems);
        List<ObjectNode> records = new ArrayList<>();
        for (Extracted e : extracted) {
            ObjectNode record = record(e.article());
            ArrayNode warnings = (ArrayNode) record.get("warnings");
            for (Problem p : problems) { // ingest warnings (e.g. a wrong declared charset) travel with the record
                if (p.severity() == Problem.Severity.WARNING && p.source().equals(e.document().source())) {
                    warnings.add(p.message());
                }
            }
            if (explain) {
                ArrayNode removed = record.putArray("removed");
                Extractors.explain(e.document()).forEach(removed::add);
            }
            records.add(record);
        }
        for (Problem p : problems) { // an input that gave no article still gets its record, body empty
            if (p.severity() == Problem.Severity.SKIPPED) {
                records.add(skippedRecord(p));
            }
        }
        try {
            write(records, out);
        } catch (JsonProcessingException e) {
            err.println("corroborate: cannot write JSON: " + e.getOriginalMessage());
            return ExitCodes.FAILURE;
        }
        out.flush();
        return reportProblems(problems, err);
    }

    private void write(List<ObjectNode> records, PrintWriter out) throws JsonProcessingException {
        switch (format) {
            case jsonl -> {
                for (ObjectNode record : records) {
                    out.println(JSON.writeValueAsString(record));
                }
            }
            case json -> out.println(JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(JSON.createArrayNode().addAll(records)));
            case text -> {
                for (int i = 0; i < records.size(); i++) {
                    ObjectNode r = records.get(i);
                    if (i > 0) {
                        out.println("\f");
                    }
                    out.println(r.path("title").asText(""));
                    out.println();
                    out.println(r.path("body").asText());
                    if (r.path("body").asText().isEmpty()) {
                        r.path("warnings").forEach(w -> out.println(r.path("source").asText() + ": " + w.asText()));
                    }
                    if (r.has("removed")) {
                        out.println();
                        r.path("removed").forEach(line -> out.println(line.asText()));
                    }
                }
            }
            default -> throw new IllegalStateException("unknown format " + format);
        }
    }

    /** One extract record: every field of the article, nulls included. */
    static ObjectNode record(Article a) {
        ObjectNode r = JSON.createObjectNode();
        r.put("source", a.source());
        r.put("id", a.id());
        r.put("url", a.url());
        r.put("canonical_url", a.canonicalUrl());
        r.put("title", a.title());
        a.byline().forEach(r.putArray("byline")::add);
        r.put("outlet", a.outlet());
        r.put("published", a.published());
        r.put("modified", a.modified());
        r.put("language", a.language());
        r.put("body", a.text());
        a.credits().forEach(r.putArray("credits")::add);
        a.warnings().forEach(r.putArray("warnings")::add);
        return r;
    }

    /**
     * The record of an input that gave no article (unreadable, empty, binary, too large, no article text, a repeat):
     * its source as given, every metadata field null, an empty body, and the problem as its only warning, in the
     * form {@code skipped: <problem>}.
     */
    static ObjectNode skippedRecord(Problem problem) {
        ObjectNode r = JSON.createObjectNode();
        r.put("source", problem.source());
        for (String field : new String[] {"id", "url", "canonical_url", "title"}) {
            r.putNull(field);
        }
        r.putArray("byline");
        for (String field : new String[] {"outlet", "published", "modified", "language"}) {
            r.putNull(field);
        }
        r.put("body", "");
        r.putArray("credits");
        r.putArray("warnings").add("skipped: " + problem.message());
        return r;
    }

    /** A raw document and the article extracted from it. */
    record Extracted(RawDocument document, Article article) {
    }

    /**
     * Extracts every document; a document that fails, or repeats an article id already read, becomes a skipped
     * problem (as in the engine).
     */
    static List<Extracted> extractAll(IngestResult ingested, Extractor extractor, List<Problem> problems) {
        problems.addAll(ingested.problems());
        Map<String, Extracted> byId = new LinkedHashMap<>();
        for (RawDocument document : ingested.documents()) {
            try {
                Article article = extractor.extract(document);
                Extracted earlier = byId.get(article.id());
                if (earlier != null) {
                    problems.add(Problem.skipped(document.source(), "same article as " + earlier.document().source()
                            + " (id " + article.id() + "); read once"));
                } else {
                    byId.put(article.id(), new Extracted(document, article));
                }
            } catch (BadInputException e) {
                problems.add(Problem.skipped(document.source(), e.problem()));
            } catch (RuntimeException | StackOverflowError e) {
                problems.add(Problem.skipped(document.source(), "extraction failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
        return List.copyOf(byId.values());
    }

    /** Prints each problem on one line; exit code 2 when an input was skipped, else 0. */
    static int reportProblems(List<Problem> problems, PrintWriter err) {
        problems.forEach(err::println);
        long skipped = problems.stream().filter(p -> p.severity() == Problem.Severity.SKIPPED).count();
        if (skipped > 0) {
            err.printf(Locale.ROOT, "%d input(s) skipped%n", skipped);
        }
        err.flush();
        return skipped > 0 ? ExitCodes.SOME_SKIPPED : ExitCodes.OK;
    }
}
