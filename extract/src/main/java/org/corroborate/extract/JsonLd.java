package org.corroborate.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.parser.Parser;

/**
 * Reads the article facts of schema.org JSON-LD blocks: headline, dates, authors, publisher, language, body. A
 * small JSON reader is enough here (the module does not depend on a JSON library); nesting deeper than
 * {@value #MAX_DEPTH} levels is rejected rather than risking the stack.
 */
final class JsonLd {

    static final int MAX_DEPTH = 64;

    /**
     * The facts found; every field nullable, {@code authors} never null; {@code publisherIsPerson} tells that the
     * publisher is typed {@code Person} (a personal site, whose owner's name is no outlet name to drop from bylines).
     */
    record Facts(String headline, String datePublished, String dateModified, List<String> authors, String publisher,
                 boolean publisherIsPerson, String language, String url, String body) {

        static final Facts NONE = new Facts(null, null, null, List.of(), null, false, null, null, null);

        Facts {
            authors = List.copyOf(authors);
        }
    }

    private JsonLd() {
    }

    /** The facts of the most article-like object among the given JSON-LD script bodies. */
    static Facts read(List<String> scripts) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String script : scripts) {
            try {
                Object root = new Reader(script).value(0);
                collectObjects(root, objects);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                // Malformed JSON-LD is common on the web; it is ignored.
                continue;
            }
        }
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> o : objects) {
            if (o.get("@id") instanceof String id) {
                byId.putIfAbsent(id, o);
            }
        }
        Map<String, Object> best = null;
        int bestRank = 0;
        for (Map<String, Object> o : objects) {
            int rank = rank(types(o));
            if (rank > bestRank) {
                best = o;
                bestRank = rank;
            }
        }
        List<String> persons = new ArrayList<>();
        for (Map<String, Object> o : objects) {
            if (types(o).contains("Person") && name(o) != null && !persons.contains(name(o))) {
                persons.add(name(o));
            }
        }
        if (best == null) {
            return persons.size() == 1 ? new Facts(null, null, null, persons, null, false, null, null, null)
                    : Facts.NONE;
        }
        List<String> authors = new ArrayList<>();
        for (Object a : list(best.get("author"))) {
            Optional.ofNullable(name(resolve(a, byId))).ifPresent(authors::add);
        }
        if (authors.isEmpty() && persons.size() == 1) {
            authors.add(persons.get(0)); // a personal site: its only person wrote the page
        }
        Object publisherObject = resolve(best.get("publisher"), byId);
        String publisher = name(publisherObject);
        boolean publisherIsPerson = publisherObject instanceof Map<?, ?> map
                && types(asObject(map)).contains("Person");
        Object page = best.get("mainEntityOfPage");
        String url = string(best.get("url"));
        if (url == null && page instanceof Map<?, ?> m) {
            url = string(m.get("@id"));
        } else if (url == null) {
            url = string(page);
        }
        return new Facts(string(best.get("headline")), string(best.get("datePublished")),
                string(best.get("dateModified")), authors, publisher, publisherIsPerson,
                string(best.get("inLanguage")), url, string(best.get("articleBody")));
    }

    private static int rank(List<String> types) {
        int rank = 0;
        for (String t : types) {
            String type = t.toLowerCase(Locale.ROOT);
            if (type.contains("newsarticle") || type.equals("reportage")) {
                rank = Math.max(rank, 4);
            } else if (type.contains("article") || type.contains("posting")) {
                rank = Math.max(rank, 3);
            } else if (type.equals("webpage")) {
                rank = Math.max(rank, 1);
            }
        }
        return rank;
    }

    @SuppressWarnings("unchecked")
    private static void collectObjects(Object root, List<Map<String, Object>> out) {
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root == null ? List.of() : root);
        while (!stack.isEmpty()) {
            Object node = stack.pop();
            if (node instanceof Map<?, ?> map) {
                out.add((Map<String, Object>) map);
                Object graph = map.get("@graph");
                if (graph != null) {
                    stack.push(graph);
                }
            } else if (node instanceof List<?> items) {
                for (int i = items.size() - 1; i >= 0; i--) {
                    if (items.get(i) != null) {
                        stack.push(items.get(i));
                    }
                }
            }
        }
    }

    private static List<String> types(Map<String, Object> o) {
        List<String> types = new ArrayList<>();
        for (Object t : list(o.get("@type"))) {
            if (t instanceof String s) {
                types.add(s);
            }
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> l ? l : List.of(value);
    }

    private static Object resolve(Object value, Map<String, Map<String, Object>> byId) {
        if (value instanceof List<?> l && !l.isEmpty()) {
            value = l.get(0);
        }
        if (value instanceof Map<?, ?> m && m.size() == 1 && m.get("@id") instanceof String id
                && byId.containsKey(id)) {
            return byId.get(id);
        }
        return value;
    }

    private static String name(Object value) {
        if (value instanceof Map<?, ?> m) {
            return string(m.get("name"));
        }
        return string(value);
    }

    private static String string(Object value) {
        if (value instanceof String s && !s.isBlank()) {
            // JSON-LD is often written with HTML entities ("Redacci&oacute;n"); they are decoded
            return s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false).strip() : s.strip();
        }
        return null;
    }

    /** A minimal JSON reader producing maps, lists, strings, numbers (as strings), booleans and nulls. */
    private static final class Reader {

        private final String s;
        private int pos;

        Reader(String s) {
            this.s = s.strip().replaceFirst("^<!--", "").replaceFirst("-->$", "").strip();
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            skipSpace();
            char c = s.charAt(pos);
            switch (c) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                default:
                    int start = pos;
                    while (pos < s.length() && ",}] \t\r\n".indexOf(s.charAt(pos)) < 0) {
                        pos++;
                    }
                    String word = s.substring(start, pos);
                    if (word.isEmpty()) {
                        throw new IllegalArgumentException("unexpected " + c);
                    }
                    return word.equals("null") ? null : word;
            }
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            skipSpace();
            if (s.charAt(pos) == '}') {
                pos++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value(depth + 1));
                skipSpace();
                if (s.charAt(pos) == ',') {
                    pos++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> items = new ArrayList<>();
            pos++;
            skipSpace();
            if (s.charAt(pos) == ']') {
                pos++;
                return items;
            }
            while (true) {
                items.add(value(depth + 1));
                skipSpace();
                if (s.charAt(pos) == ',') {
                    pos++;
                } else {
                    expect(']');
                    return items;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(pos) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + pos);
            }
            pos++;
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }
    }
}
