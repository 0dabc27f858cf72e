package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.annotate.Annotators;
import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.Problem;
import org.corroborate.engine.Engine;
import org.corroborate.engine.EngineOptions;
import org.corroborate.ingest.IngestOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate annotate FILE... [--input-jsonl F] [--as-is]}: extracts and annotates each input, resolves
 * entities across the batch and writes one JSON line per article ({@link AnnotationJson}).
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
        description = {
            "Extracts and annotates each input (entities, quotes with speakers, quantities, times), resolves",
            "entities across all inputs and writes one JSON line per article to stdout; every offset indexes the",
            "article's clean text (the \"body\" of 'corroborate extract'). With --as-is, every input is a JSONL",
            "file of {\"id\", \"text\", \"published\"} taken verbatim (no cleaning), so the offsets index \"text\".",
            "Each skipped input is named on stderr."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and annotated",
            "1:usage error; nothing was done",
            "2:some inputs were skipped (each named on stderr); the rest was written",
            "3:failure (model not loadable, internal error)"})
final class AnnotateCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Mixin
    private CommandInputs inputs = new CommandInputs();


    @Option(names = "--as-is", description = "Take the \"text\" of JSONL records verbatim as the article text "
            + "(FILEs must then be JSONL files too).")
    private boolean asIs;


    private final EngineHolder engines;

    AnnotateCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        IngestOptions ingest = inputs.ingestOptions(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Engine engine = engines.apply(EngineOptions.DEFAULTS.withMaxInputBytes(ingest.maxBytes()));
        List<Problem> problems = new ArrayList<>();
        List<Article> articles = asIs ? readAsIs(ingest.maxBytes(), problems)
                : ExtractCommand.extractAll(inputs.read(ingest), engine.extractor(),
                        problems).stream().map(ExtractCommand.Extracted::article).toList();
        List<AnnotatedArticle> annotated = new ArrayList<>();
        if (!articles.isEmpty()) {
            Annotator annotator = engine.annotator();
            for (Article article : articles) {
                try {
                    AnnotatedArticle done = annotator.annotate(article);
                    done.warnings().forEach(w -> problems.add(Problem.warning(article.source(), w)));
                    annotated.add(done);
                } catch (RuntimeException e) {
                    problems.add(Problem.skipped(article.source(), "annotation failed: "
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
                }
            }
        }
        for (AnnotatedArticle article : Annotators.entityResolver().resolve(annotated)) {
            out.println(AnnotationJson.line(article));
        }
        out.flush();
        return ExtractCommand.reportProblems(problems, err);
    }

    /** Every FILE and {@code --input-jsonl} as JSONL records taken verbatim; duplicate ids are skipped. */
    private List<Article> readAsIs(long maxBytes, List<Problem> problems) {
        List<Path> files = new ArrayList<>(inputs.paths);
        if (inputs.inputJsonl != null) {
            files.add(inputs.inputJsonl);
        }
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Path file : files) {
            String given = file.toString();
            String text;
            try {
                text = readUtf8(file, maxBytes);
            } catch (NoSuchFileException e) {
                problems.add(Problem.skipped(given, "no such file or folder"));
                continue;
            } catch (IOException e) {
                problems.add(Problem.skipped(given, e.getMessage()));
                continue;
            }
            String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1);
            int records = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                records++;
                String source = given + ":" + (i + 1);
                try {
                    Article article = asIsArticle(source, JSON.readTree(lines[i]));
                    if (ids.add(article.id())) {
                        articles.add(article);
                    } else {
                        problems.add(Problem.skipped(source, "same id " + article.id() + " as an earlier record; "
                                + "read once"));
                    }
                } catch (JsonProcessingException e) {
                    problems.add(Problem.skipped(source, "not a JSON object: " + e.getOriginalMessage()));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.skipped(source, e.getMessage()));
                }
            }
            if (records == 0) {
                problems.add(Problem.skipped(given, "empty file (no JSON lines)"));
            }
        }
        return articles;
    }

    /** The article of one {@code --as-is} record: id, source, outlet {@code unknown: <id>}, text, published. */
    private static Article asIsArticle(String source, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new IllegalArgumentException("no text field");
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                ? idNode.asText() : source;
        JsonNode published = node.get("published");
        return new Article(id, source, null, null, Article.UNKNOWN_OUTLET_PREFIX + id, null, List.of(),
                published != null && published.isTextual() ? published.asText() : null, null, null, text.asText(),
                List.of(), List.of());
    }

    private static String readUtf8(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("--as-is reads JSONL files, not folders");
        }
        if (Files.size(file) > maxBytes) {
            throw new IOException("file too large (" + Files.size(file) + " bytes; limit " + maxBytes + ")");
        }
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8");
        }
    }
}
