package org.corroborate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.corroborate.annotate.Annotators;
import org.corroborate.api.AnnotatedArticle;
import org.corroborate.api.Annotator;
import org.corroborate.api.Article;
import org.corroborate.api.Grouping;
import org.corroborate.api.Story;
import org.corroborate.engine.EngineOptions;
import org.corroborate.eval.ClusterEvaluation;
import org.corroborate.text.SiteNotice;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code corroborate cluster --input-jsonl F [--explain] [--annotate]}: groups JSON-lines articles into stories and
 * marks syndicated copies, writing one JSON line per accepted input in input order:
 * {@code {"id", "story", "copy_of"?, "merged_from"?, "explanation"?}}; {@code merged_from} is the id of the story
 * the online pass placed the article in, when a later merge united that story with others into {@code story}.
 *
 * <p>Input lines are {@code {"id", "title"?, "text" | "body", "published"?, "outlet"?, "url"?}}. A line that is not a
 * JSON object, has no id, repeats an earlier id or has an empty text is skipped with one stderr line
 * ({@code F:N: skipped: ...}); a missing or unreadable {@code published} gives a warning line and the article is
 * undated; a {@code language} other than English, or (without one) a text that does not look English, gives a
 * warning line and the article is grouped anyway; a text that is a site notice rather than an article (an archive
 * placeholder, a script or sign-in wall, an error page: {@link SiteNotice}) gives a warning line and stays a story of
 * its own. Exit code 2 when any line was skipped. Articles get naive tokens (no CoreNLP) unless {@code --annotate} is given.
 *
 * <p>Not thread-safe (picocli fills its fields); one instance per run.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {
            "Groups JSON-lines articles into stories and marks syndicated copies.",
            "Input lines: {\"id\", \"title\"?, \"text\"|\"body\", \"published\"?, \"outlet\"?, \"url\"?}.",
            "Output: one line per accepted input, in input order: {\"id\", \"story\", \"copy_of\"?,",
            "\"merged_from\"?} (merged_from: the story the article was placed in on arrival, when a later merge",
            "united it with others)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every line was read and clustered",
            "1:usage error (e.g. the input file does not exist); nothing was done",
            "2:some lines were skipped (each named on stderr); the rest was clustered",
            "3:failure (input unreadable, model not loadable, internal error)"})
final class ClusterCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ENGLISH_MIN_WORDS = 20;
    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "and", "of", "to", "in", "is", "that",
            "for", "was", "with", "on", "as", "it", "by", "at", "from", "his", "her", "have", "has", "had", "were",
            "this", "which", "after", "a", "an", "be", "are", "their", "they", "he", "she", "but", "not", "who");

    @Spec
    private CommandSpec spec;

    @Option(names = "--input-jsonl", required = true, paramLabel = "F", description = "The articles, one per line.")
    private Path input;

    @Option(names = "--explain", description = "Add to each line why the article is in its story.")
    private boolean explain;

    @Option(names = "--annotate",
            description = "Annotate with Stanford CoreNLP (lemmas, entities) instead of naive tokens; slower.")
    private boolean annotate;

    @Mixin
    private CandidateOptions candidates;

    private final EngineHolder engines;

    /** @param engines gives the engine whose annotator {@code --annotate} uses; never called without it */
    ClusterCommand(EngineHolder engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            err.println("corroborate: no such file: " + input);
            err.println("Try '" + spec.qualifiedName() + " --help' for more information.");
            return ExitCodes.USAGE;
        }
        List<Article> articles = new ArrayList<>();
        int skipped;
        try {
            skipped = read(articles, err);
        } catch (IOException e) {
            err.println("corroborate: cannot read " + input + ": " + e);
            return ExitCodes.FAILURE;
        }
        List<AnnotatedArticle> annotated = annotateAll(articles);
        Grouping grouping = candidates.grouper().group(annotated);
        Map<String, Story> storyOf = new HashMap<>();
        for (Story story : grouping.stories()) {
            story.articleIds().forEach(id -> storyOf.put(id, story));
        }
        for (Article article : articles) {
            out.println(line(article.id(), storyOf.get(article.id())));
        }
        out.flush();
        if (skipped > 0) {
            err.println(skipped + " line(s) skipped");
            return ExitCodes.SOME_SKIPPED;
        }
        return ExitCodes.OK;
    }

    /** Reads the accepted articles into {@code articles}; returns the number of skipped lines. */
    private int read(List<Article> articles, PrintWriter err) throws IOException {
        Map<String, Integer> lineOfId = new HashMap<>();
        int skipped = 0;
        int number = 0;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String text;
            while ((text = in.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                String where = input + ":" + number;
                String problem = null;
                Article article = null;
                JsonNode node = parse(text);
                String id = node == null ? null : string(node, "id");
                if (node == null) {
                    problem = "not a JSON object";
                } else if (id == null || id.isBlank()) {
                    problem = "no \"id\"";
                } else if (lineOfId.containsKey(id)) {
                    problem = "duplicate id " + id + " (line " + number + " repeats line " + lineOfId.get(id) + ")";
                } else {
                    String body = string(node, "text") != null ? string(node, "text") : string(node, "body");
                    if (body == null || body.isBlank()) {
                        problem = "empty text (no \"text\" or \"body\")";
                    } else {
                        String published = string(node, "published");
                        if (published == null || published.isBlank()) {
                            err.println(where + ": warning: no \"published\" date; placed after the dated articles "
                                    + "in input order, with no time window");
                            published = null;
                        } else if (!readableDate(published)) {
                            err.println(where + ": warning: unreadable date \"" + published
                                    + "\"; treated as undated");
                            published = null;
                        }
                        String language = string(node, "language");
                        if (language != null && !language.isBlank()
                                && !language.strip().toLowerCase(Locale.ROOT).startsWith("en")) {
                            err.println(where + ": warning: language \"" + language + "\" is not English; the "
                                    + "grouping features are English, so it is grouped on shared names and numbers");
                        } else if (language == null && !looksEnglish(body)) {
                            err.println(where + ": warning: the text does not look English; the grouping features "
                                    + "are English, so it is grouped on shared names and numbers");
                        }
                        SiteNotice.detect(body).ifPresent(notice -> err.println(where + ": warning: not an "
                                + "article: " + notice.describe() + "; kept as a story of its own"));
                        String outlet = string(node, "outlet");
                        article = new Article(id, where, string(node, "url"), null,
                                outlet == null || outlet.isBlank() ? Article.UNKNOWN_OUTLET_PREFIX + where : outlet,
                                string(node, "title"), List.of(), published, null, null, body, List.of(), List.of());
                    }
                }
                if (problem != null) {
                    err.println(where + ": skipped: " + problem);
                    skipped++;
                } else {
                    lineOfId.put(id, number);
                    articles.add(article);
                }
            }
        }
        return skipped;
    }

    private List<AnnotatedArticle> annotateAll(List<Article> articles) {
        Annotator annotator = annotate ? engines.apply(EngineOptions.DEFAULTS).annotator()
                : ClusterEvaluation.tokenizeOnly();
        List<AnnotatedArticle> annotated = new ArrayList<>(articles.size());
        for (Article article : articles) {
            annotated.add(annotator.annotate(article));
        }
        return annotate ? Annotators.entityResolver().resolve(annotated) : annotated;
    }

    private String line(String id, Story story) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("story", story.id());
        story.copyOf(id).ifPresent(original -> node.put("copy_of", original));
        story.mergedFrom(id).ifPresent(fragment -> node.put("merged_from", fragment));
        if (explain) {
            ArrayNode lines = node.putArray("explanation");
            String prefix = id + ": ";
            story.explanation().stream().filter(l -> l.startsWith(prefix)).forEach(l -> lines.add(l));
            story.explanation().stream().filter(l -> l.startsWith("merged: ")).forEach(l -> lines.add(l));
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The field as text when it is a JSON string or number; null otherwise. */
    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isTextual() || value.isNumber()) ? value.asText() : null;
    }

    /**
     * False when a text of at least {@value #ENGLISH_MIN_WORDS} words has under 10% English function words (English
     * news prose has about a third); short texts (headlines) are given the benefit of the doubt.
     */
    static boolean looksEnglish(String text) {
        int words = 0;
        int function = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (ENGLISH_FUNCTION_WORDS.contains(word)) {
                function++;
            }
        }
        return words < ENGLISH_MIN_WORDS || function >= 0.10 * words;
    }

    /** Whether {@code s} is an ISO-8601 date or date-time the grouper can place in time. */
    static boolean readableDate(String s) {
        String t = s.strip();
        for (Function<String, ?> parser : List.<Function<String, ?>>of(OffsetDateTime::parse, ZonedDateTime::parse,
                LocalDateTime::parse, LocalDate::parse)) {
            try {
                parser.apply(t);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }
}
