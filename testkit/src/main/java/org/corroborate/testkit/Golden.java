package org.corroborate.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions. Run the tests with {@code -Dcorroborate.updateGolden=true} to rewrite the golden files
 * from the actual output, then review the diff before committing.
 */
public final class Golden {

    private Golden() {
    }

    /** Asserts that {@code actual} equals the content of {@code golden} (UTF-8), or rewrites it when updating. */
    public static void assertMatches(Path golden, String actual) {
        try {
            if (Boolean.getBoolean("corroborate.updateGolden")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(golden).as("golden file (create it with -Dcorroborate.updateGolden=true)").exists();
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
