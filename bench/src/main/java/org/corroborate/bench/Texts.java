package org.corroborate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.corroborate.api.Article;

/**
 * Loads a pile of plain-text articles ({@code .txt}, UTF-8) for the annotation benchmark, each as an {@link Article}
 * whose text is the file verbatim. Stateless; the texts are third-party data read at run time, never bundled.
 */
final class Texts {

    private static final String SEEDS = "seeds";

    private Texts() {
    }

    /** The folder to read: see {@link DataFolders#pick}. */
    static Path folder(String dir) {
        return DataFolders.pick(dir, SEEDS, "articles");
    }

    /** A description of the folder {@link #folder(String)} picks. */
    static String describe(String dir) {
        return folder(dir).toAbsolutePath().normalize().toString();
    }

    /**
     * The {@code .txt} articles of {@link #folder(String)}, sorted by file name, dated {@code published}.
     *
     * @param dir       a folder, or blank for the default; nullable
     * @param published ISO date given to every article; blank for none
     * @throws IllegalStateException when the folder holds no non-blank {@code .txt} file
     * @throws UncheckedIOException  when a file cannot be read
     */
    static List<Article> load(String dir, String published) {
        Path folder = folder(dir);
        String date = published == null || published.isBlank() ? null : published;
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".txt")) {
                    continue;
                }
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (!text.isBlank()) {
                    articles.add(new Article(name, file.toString(), null, null, Article.UNKNOWN_OUTLET_PREFIX + name,
                            null, List.of(), date, null, null, text, List.of(), List.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no .txt articles in " + folder);
        }
        return List.copyOf(articles);
    }
}
