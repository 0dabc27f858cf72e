package org.corroborate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
    private static final String EXAMPLE = "examples/harbour-fire";

    private Texts() {
    }

    /**
     * The folder to read: {@code dir} when not blank; else the seed folder in the shared folder (system property
     * {@code corroborate.shared}, else {@code ../shared} or {@code ../../shared} from the working directory); else the
     * example pile ({@code examples/harbour-fire} or {@code ../examples/harbour-fire}).
     *
     * @param dir a folder, or blank for the default; nullable
     * @return the folder; never null
     * @throws IllegalStateException when no folder is found
     */
    static Path folder(String dir) {
        if (dir != null && !dir.isBlank()) {
            return Paths.get(dir);
        }
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("corroborate.shared");
        if (shared != null) {
            candidates.add(Paths.get(shared, SEEDS));
        }
        candidates.add(Paths.get("../shared", SEEDS));
        candidates.add(Paths.get("../../shared", SEEDS));
        candidates.add(Paths.get(EXAMPLE));
        candidates.add(Paths.get("..", EXAMPLE));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no articles found: run from the project root or pass -p dir=FOLDER");
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
