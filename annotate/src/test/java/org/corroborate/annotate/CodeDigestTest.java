package org.corroborate.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeDigestTest {

    @TempDir
    Path temp;

    private static String folder(Path folder) throws Exception {
        MessageDigest digest = CodeDigest.sha256();
        CodeDigest.digestFolder(folder, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String jar(Path jar) throws Exception {
        MessageDigest digest = CodeDigest.sha256();
        CodeDigest.digestJar(jar, digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void aFolderDigestFollowsTheClassFilesOnly() throws Exception {
        Path classes = Files.createDirectories(temp.resolve("classes/org/example"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("B.class"), new byte[] {4});
        String before = folder(temp.resolve("classes"));

        Files.writeString(classes.resolve("notes.txt"), "not code");
        assertThat(folder(temp.resolve("classes"))).isEqualTo(before);

        Files.write(classes.resolve("B.class"), new byte[] {5});
        assertThat(folder(temp.resolve("classes"))).isNotEqualTo(before);
    }

    @Test
    void aJarRebuiltWithTheSameClassesKeepsItsDigest() throws Exception {
        Path first = temp.resolve("first.jar");
        Path second = temp.resolve("second.jar");
        writeJar(first, 1_000_000L, new byte[] {1, 2});
        writeJar(second, 2_000_000L, new byte[] {1, 2});
        assertThat(jar(first)).isEqualTo(jar(second));

        Path changed = temp.resolve("changed.jar");
        writeJar(changed, 1_000_000L, new byte[] {1, 3});
        assertThat(jar(changed)).isNotEqualTo(jar(first));
    }

    private static void writeJar(Path jar, long time, byte[] classBytes) throws Exception {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            ZipEntry entry = new ZipEntry("org/example/A.class");
            entry.setTime(time);
            out.putNextEntry(entry);
            out.write(classBytes);
            out.closeEntry();
        }
    }

    @Test
    void theCoreNlpAnnotatorHasAVersionThatNamesItsSettingsWithoutLoadingModels() {
        CoreNlpAnnotator full = new CoreNlpAnnotator(Annotators.Options.defaults(), true);
        CoreNlpAnnotator other = new CoreNlpAnnotator(new Annotators.Options(10_000, 250, true), true);
        CoreNlpAnnotator pipelineOnly = new CoreNlpAnnotator(Annotators.Options.defaults(), false);
        assertThat(full.version()).isPresent();
        assertThat(full.version().get()).contains("stanford-corenlp-4.5.10");
        assertThat(new CoreNlpAnnotator(Annotators.Options.defaults(), true).version()).isEqualTo(full.version());
        assertThat(other.version()).isNotEqualTo(full.version());
        assertThat(pipelineOnly.version()).isNotEqualTo(full.version());
    }
}
