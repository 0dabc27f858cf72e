package org.corroborate.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the evaluation data in {@code ../shared} beside the project root. Tests that need it call
 * {@link #require(String)}, which skips the test when the data is absent, so a fresh clone still passes.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, from the {@code corroborate.shared} system property or {@code ../shared}. */
    public static Optional<Path> root() {
        String configured = System.getProperty("corroborate.shared");
        Path candidate = configured != null ? Paths.get(configured) : ProjectRoot.path().resolve("../shared");
        candidate = candidate.toAbsolutePath().normalize();
        return Files.isDirectory(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    /** {@code relative} inside the shared folder; skips the calling test when it does not exist. */
    public static Path require(String relative) {
        Optional<Path> root = root();
        Assumptions.assumeTrue(root.isPresent(), "../shared is absent");
        Path path = root.get().resolve(relative);
        Assumptions.assumeTrue(Files.exists(path), () -> path + " is absent");
        return path;
    }
}
