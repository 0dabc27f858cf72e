package org.corroborate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.corroborate.api.ContentType;
import org.corroborate.api.DocumentHints;
import org.corroborate.api.RawDocument;

/**
 * Loads a pile of HTML pages ({@code .html}, {@code .htm}, optionally gzipped) for the benchmarks, decoded as
 * UTF-8. Stateless; the pages are third-party data read at run time, never bundled.
 */
final class Pages {

    private static final String SCRAPINGHUB = "extraction-benchmark/html";

    private Pages() {
    }

    /** The folder to read: see {@link DataFolders#pick}. */
    static Path folder(String dir) {
        return DataFolders.pick(dir, SCRAPINGHUB, "pages");
    }

    /** A description of the folder {@link #folder(String)} picks. */
    static String describe(String dir) {
        return folder(dir).toAbsolutePath().normalize().toString();
    }

    /**
     * The HTML pages of {@link #folder(String)}, sorted by file name.
     *
     * @throws IllegalStateException when the folder holds no pages
     * @throws UncheckedIOException  when a page cannot be read
     */
    static List<RawDocument> load(String dir) {
        Path folder = folder(dir);
        List<RawDocument> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
                if (bare.endsWith(".html") || bare.endsWith(".htm")) {
                    pages.add(new RawDocument(name, ContentType.HTML, read(file, name.endsWith(".gz")),
                            new DocumentHints(null, null, null, null, List.of(), null, null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException("no .html pages in " + folder);
        }
        return List.copyOf(pages);
    }

    private static String read(Path file, boolean gzipped) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gzipped ? new GZIPInputStream(raw) : raw) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
