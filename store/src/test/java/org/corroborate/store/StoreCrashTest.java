package org.corroborate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of ingesting never loses a committed article nor corrupts the store. */
class StoreCrashTest {

    @TempDir
    Path temp;

    @Test
    void killedMidIngestReopensWithEveryCommittedArticle() throws Exception {
        Path dir = temp.resolve("data");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KillTarget.class.getName(), dir.toString())
                .redirectError(temp.resolve("child.err").toFile())
                .start();
        List<String> committed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed.size() < 12 && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    committed.add(line.substring("committed ".length()));
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(committed).as("child stderr: %s", Files.readString(temp.resolve("child.err")))
                .hasSize(12);

        try (Store store = Stores.open(dir, FakeEngines.fast())) {
            for (String id : committed) {
                assertThat(store.article(id)).as(id).isPresent();
                assertThat(store.versions(id)).hasSize(1);
            }
            assertThat(store.articleCount()).isGreaterThanOrEqualTo(committed.size());
            assertThat(store.search("inspectors", 100)).hasSizeGreaterThanOrEqualTo(committed.size());
            assertThat(store.stories(StoryQuery.first(100)).total()).isPositive();
        }
    }
}
