package org.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.Problem;
import org.corroborate.api.RawDocument;

/**
 * Reads input files and folders into raw documents: {@code .html}/{@code .htm}, {@code .txt}, {@code .json} (an
 * object or an array of objects) and {@code .jsonl}, each optionally gzipped. Folders are walked recursively in
 * sorted order, leaving out hidden entries.
 *
 * <p>One bad input never stops the batch: every input that cannot be read (missing, empty, binary, not UTF-8, too
 * large, corrupt gzip, unsupported type, bad JSON record) yields exactly one {@link Problem} naming it, and the rest
 * is read. A document's {@link RawDocument#source()} is the path as the user gave it, joined with the path inside
 * the folder; JSON records are named {@code path:LINE} (JSONL), {@code path#INDEX} (array entries) or {@code path}.
 *
 * <p>Stateless and thread-safe. Arguments must not be null.
 */
public final class Inputs {

    private Inputs() {
    }

    /** {@link #read(List, IngestOptions)} with {@link IngestOptions#defaults()}. */
    public static IngestResult read(List<Path> paths) {
        return read(paths, IngestOptions.defaults());
    }

    /**
     * Reads every path (a file or a folder).
     *
     * @param paths   the inputs, in order
     * @param options size limits
     * @return the documents read and the problems met; never null
     */
    public static IngestResult read(List<Path> paths, IngestOptions options) {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(options, "options");
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        FileLoader loader = new FileLoader(new BoundedReader(options), documents::add, problems::add);
        for (Path path : paths) {
            String given = path.toString();
            if (Files.isDirectory(path)) {
                readFolder(path, loader, problems);
            } else if (Files.exists(path)) {
                loader.load(path, given, false);
            } else {
                problems.add(Problem.skipped(given, "no such file or folder"));
            }
        }
        return new IngestResult(documents, problems);
    }

    /**
     * Reads one file of JSON lines whatever its name (a {@code .gz} name is still gunzipped), one document per
     * record, named {@code file:LINE}.
     *
     * @param file    the file
     * @param options size limits
     * @return the documents read and the problems met; never null
     */
    public static IngestResult readJsonLines(Path file, IngestOptions options) {
        return readAs(file, FileKind.JSONL, options);
    }

    /**
     * Reads one HTML page whatever its name (a {@code .gz} name is still gunzipped), with the same checks and
     * charset detection as {@link #read(List, IngestOptions)}: how evaluations feed benchmark pages in.
     *
     * @param file    the file
     * @param options size limits
     * @return the page, or the problem met; never null
     */
    public static IngestResult readHtml(Path file, IngestOptions options) {
        return readAs(file, FileKind.HTML, options);
    }

    /**
     * One body fetched over HTTP (or archived in a WARC record) as a document, with the checks files get: empty,
     * binary, size, charset. HTML is decoded by BOM, then the charset of {@code contentType}, then {@code <meta>};
     * plain text must be UTF-8 (or carry a BOM).
     *
     * @param source      how to name the document in problems, e.g. its URL; never null
     * @param body        the (already decompressed) body; never null
     * @param contentType the {@code Content-Type} header value; null when unknown (then the body is sniffed)
     * @param hints       metadata known from outside the body (the URL, a feed's title and date); never null
     * @param options     size limits; never null
     * @return one document, or the problem met; never null
     */
    public static IngestResult fromBytes(String source, byte[] body, String contentType, DocumentHints hints,
                                         IngestOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(options, "options");
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            documents.add(MediaTypes.document(source, body, contentType, hints, options, problems));
        } catch (InputProblem e) {
            problems.add(Problem.skipped(source, e.getMessage()));
        }
        return new IngestResult(documents, problems);
    }

    /**
     * Reads JSON text already in memory (one record object, or an array of them) exactly as a {@code .json} file is
     * read: the same fields ({@code text}/{@code body} or {@code html}, {@code id}, {@code url}, {@code title},
     * {@code outlet}, {@code published}, ...) and the same problems; array entries are named {@code source#INDEX}
     * and a bad entry is one problem while the others are read. How the REST API takes documents.
     *
     * @param source how to name the input in problems; never null
     * @param json   the JSON text; never null
     * @return the documents read and the problems met; never null
     */
    public static IngestResult fromJson(String source, String json) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(json, "json");
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            new JsonRecords(documents::add, problems::add).readJson(source, json);
        } catch (InputProblem e) {
            problems.add(Problem.skipped(source, e.getMessage()));
        }
        return new IngestResult(documents, problems);
    }

    private static IngestResult readAs(Path file, FileKind kind, IngestOptions options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        List<RawDocument> documents = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        FileLoader loader = new FileLoader(new BoundedReader(options), documents::add, problems::add);
        String given = file.toString();
        if (Files.isRegularFile(file)) {
            boolean gzip = given.toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
            loader.load(file, given, new FileKind.Typed(kind, gzip));
        } else {
            problems.add(Problem.skipped(given, Files.exists(file) ? "not a file" : "no such file or folder"));
        }
        return new IngestResult(documents, problems);
    }

    private static void readFolder(Path folder, FileLoader loader, List<Problem> problems) {
        List<Path> files;
        try {
            files = FolderWalker.files(folder);
        } catch (IOException e) {
            problems.add(Problem.skipped(folder.toString(), "cannot list folder: " + e.getMessage()));
            return;
        }
        if (files.isEmpty()) {
            problems.add(Problem.warning(folder.toString(), "empty folder: no files to read"));
        }
        for (Path relative : files) {
            loader.load(folder.resolve(relative), folder.resolve(relative).toString(), true);
        }
    }

    private static final String BINARY = "binary content (";

    /** Loads one file into documents or exactly one problem. */
    private static final class FileLoader {

        private final BoundedReader reader;
        private final Consumer<RawDocument> documents;
        private final Consumer<Problem> problems;

        FileLoader(BoundedReader reader, Consumer<RawDocument> documents,
                   Consumer<Problem> problems) {
            this.reader = reader;
            this.documents = documents;
            this.problems = problems;
        }

        /**
         * @param inFolder true when the file was found by walking a folder: a text file of another type there
         *                 (a README.md, say) is ignored with a warning, while a binary file is skipped
         */
        void load(Path file, String source, boolean inFolder) {
            String name = file.getFileName() == null ? source : file.getFileName().toString();
            Optional<FileKind.Typed> typed = FileKind.of(name);
            try {
                if (typed.isEmpty()) {
                    String problem = unsupported(file, name);
                    if (inFolder && !problem.startsWith(BINARY)) {
                        problems.accept(Problem.warning(source, "ignored: " + problem));
                        return;
                    }
                    throw new InputProblem(problem);
                }
                load(file, source, typed.get());
            } catch (InputProblem e) {
                problems.accept(Problem.skipped(source, e.getMessage()));
            }
        }

        /** Loads {@code file} as a file of kind {@code typed}, whatever its name. */
        void load(Path file, String source, FileKind.Typed typed) {
            try {
                read(file, source, typed);
            } catch (InputProblem e) {
                problems.accept(Problem.skipped(source, e.getMessage()));
            } catch (NoSuchFileException e) {
                problems.accept(Problem.skipped(source, "no such file or folder"));
            } catch (IOException e) {
                problems.accept(Problem.skipped(source, "cannot read: " + e.getMessage()));
            }
        }

        private void read(Path file, String source, FileKind.Typed typed) throws InputProblem, IOException {
            if (typed.kind() == FileKind.WARC) {
                new WarcReader(reader.options()).read(file, source, typed.gzip(), documents, problems);
                return;
            }
            byte[] bytes = reader.read(file, typed.gzip());
            TextDecoder.Decoded decoded = TextDecoder.document(bytes, typed.kind() == FileKind.HTML, null, "file");
            String text = decoded.text();
            JsonRecords json = new JsonRecords(documents, problems);
            switch (typed.kind()) {
                case HTML -> documents.accept(new RawDocument(source, ContentType.HTML, text, DocumentHints.NONE));
                case TEXT -> documents.accept(new RawDocument(source, ContentType.PLAIN_TEXT, text,
                        DocumentHints.NONE));
                case JSON -> json.readJson(source, text);
                case JSONL -> json.readJsonLines(source, text);
                default -> throw new IllegalStateException("unknown kind " + typed.kind());
            }
            if (decoded.warning() != null) {
                problems.accept(Problem.warning(source, decoded.warning()));
            }
        }

        private static String unsupported(Path file, String name) {
            byte[] head = new byte[16];
            int n = 0;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                n = 0;
            }
            Optional<String> magic = BinarySniffer.magic(Arrays.copyOf(head, n));
            if (magic.isPresent()) {
                return BINARY + magic.get() + "), not a text document; " + FileKind.EXPECTED;
            }
            return "unsupported file type " + FileKind.extensionOf(name) + "; " + FileKind.EXPECTED;
        }
    }
}
