package org.corroborate.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.corroborate.testkit.ProjectRoot;

/**
 * Runs a Playwright check of {@code server/src/test/js} in headless Chromium; the calling test is skipped when
 * Chromium, node or playwright-core is missing.
 */
final class PageChecks {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private PageChecks() {
    }

    /**
     * Runs {@code node SCRIPT CHROMIUM ARGS...}, asserts that it exits with 0 within two minutes, and returns what it
     * printed.
     *
     * @param temp   a folder for its output
     * @param script the script's file name
     * @param args   its arguments after Chromium's path
     */
    static String run(Path temp, String script, String... args) throws Exception {
        Path js = ProjectRoot.resolve("server/src/test/js");
        Path node = onPath("node");
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (see .ci/install-browser)");
        assumeTrue(node != null, "node is not installed");
        assumeTrue(Files.isDirectory(js.resolve("node_modules/playwright-core")),
                "playwright-core is not installed (npm ci in server/src/test/js)");
        List<String> command = new ArrayList<>(List.of(node.toString(), js.resolve(script).toString(),
                CHROMIUM.toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve(script + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " timed out");
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
