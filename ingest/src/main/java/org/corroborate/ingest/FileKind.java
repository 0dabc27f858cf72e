package org.corroborate.ingest;

import java.util.Locale;
import java.util.Optional;

/** The supported file types, recognised by extension, each optionally gzipped. */
enum FileKind {
    HTML, TEXT, JSON, JSONL, WARC;

    static final String EXPECTED = "expected .html, .htm, .txt, .json, .jsonl, .warc (optionally .gz)";

    /** The kind of {@code fileName}, and whether it is gzipped; empty when unsupported. */
    static Optional<Typed> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        FileKind kind;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            kind = HTML;
        } else if (name.endsWith(".txt")) {
            kind = TEXT;
        } else if (name.endsWith(".jsonl")) {
            kind = JSONL;
        } else if (name.endsWith(".json")) {
            kind = JSON;
        } else if (name.endsWith(".warc")) {
            kind = WARC;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Typed(kind, gzip));
    }

    /** The extension of {@code fileName} as shown in messages ({@code .png}, or "(no extension)"). */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 ? "(no extension)" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }

    /** A kind plus the gzip flag. */
    record Typed(FileKind kind, boolean gzip) {
    }
}
