package org.corroborate.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;

/**
 * Reads JSON records (one object, an array of objects, or JSONL with one object per line) into raw documents with
 * hints. Thread-safe: the mapper is configured once and only read.
 */
final class JsonRecords {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Consumer<RawDocument> documents;
    private final Consumer<Problem> problems;

    JsonRecords(Consumer<RawDocument> documents, Consumer<Problem> problems) {
        this.documents = documents;
        this.problems = problems;
    }

    /** A {@code .json} file: one object or an array of objects. */
    void readJson(String source, String text) throws InputProblem {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputProblem("invalid JSON: " + describe(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new InputProblem("empty file (no JSON value)");
        }
        if (root.isObject()) {
            documents.accept(toDocument(source, root));
        } else if (root.isArray()) {
            if (root.isEmpty()) {
                throw new InputProblem("empty JSON array");
            }
            for (int i = 0; i < root.size(); i++) {
                String entry = source + "#" + i;
                try {
                    documents.accept(toDocument(entry, root.get(i)));
                } catch (InputProblem p) {
                    problems.accept(Problem.skipped(entry, p.getMessage()));
                }
            }
        } else {
            throw new InputProblem("expected a JSON object or an array of objects, found " + kind(root));
        }
    }

    /** A {@code .jsonl} file: one object per line; blank lines are ignored, bad lines reported one by one. */
    void readJsonLines(String source, String text) throws InputProblem {
        String[] lines = text.split("\r?\n", -1);
        int read = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            read++;
            String entry = source + ":" + (i + 1);
            try {
                JsonNode node;
                try {
                    node = MAPPER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new InputProblem("not a JSON object: " + describe(e));
                }
                documents.accept(toDocument(entry, node));
            } catch (InputProblem p) {
                problems.accept(Problem.skipped(entry, p.getMessage()));
            }
        }
        if (read == 0) {
            throw new InputProblem("empty file (no JSON lines)");
        }
    }

    private static RawDocument toDocument(String source, JsonNode node) throws InputProblem {
        if (node == null || !node.isObject()) {
            throw new InputProblem("not a JSON object but " + kind(node));
        }
        ContentType type = ContentType.PLAIN_TEXT;
        String content = string(node, "text", "body");
        if (content == null) {
            content = string(node, "html");
            type = ContentType.HTML;
        } else if (looksLikeHtml(content)) {
            type = ContentType.HTML;
        }
        if (content == null || content.isBlank()) {
            throw new InputProblem("no text, html or body field");
        }
        DocumentHints hints = new DocumentHints(
                string(node, "id"),
                string(node, "url"),
                string(node, "title"),
                string(node, "outlet", "source", "site"),
                names(node, "byline", "author", "authors"),
                date(node, "published", "date", "published_at"),
                string(node, "language", "lang"));
        return new RawDocument(source, type, content, hints);
    }

    private static boolean looksLikeHtml(String content) {
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 64)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The first field present as a non-blank string or number. */
    private static String string(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && (value.isTextual() || value.isNumber())) {
                String text = value.asText().strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
            if (value != null && value.isObject() && value.hasNonNull("name")) {
                String name = value.get("name").asText().strip();
                if (!name.isEmpty()) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Epoch numbers become ISO instants; strings are kept as given. */
    private static String date(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isNumber()) {
                long n = value.asLong();
                Instant instant = n > 100_000_000_000L ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
                return instant.toString();
            }
        }
        return string(node, fields);
    }

    /** A string, an array of strings, or objects with a name. */
    private static List<String> names(JsonNode node, String... fields) {
        List<String> result = new ArrayList<>();
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                for (JsonNode item : value) {
                    String name = item.isObject() ? item.path("name").asText("") : item.asText("");
                    if (!name.isBlank()) {
                        result.add(name.strip());
                    }
                }
            } else {
                String single = string(node, field);
                if (single != null) {
                    result.add(single);
                }
            }
            if (!result.isEmpty()) {
                break;
            }
        }
        return result;
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        String first = message == null ? "unreadable" : newline < 0 ? message : message.substring(0, newline);
        JsonLocation at = e.getLocation();
        return at == null ? first : first + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
