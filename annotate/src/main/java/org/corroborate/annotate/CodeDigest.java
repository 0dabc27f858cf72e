package org.corroborate.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A digest of the compiled code behind some classes: the contents of every {@code .class} file of each class's jar or
 * class folder, by name (so a jar rebuilt from the same sources keeps its digest; entry times do not count). For a
 * library identified by its released version, {@link #ofJarName} digests only the jar's file name. Stateless.
 */
final class CodeDigest {

    private CodeDigest() {
    }

    /**
     * The digest of the class files of each anchor's jar or folder.
     *
     * @return hex SHA-256; empty when a location cannot be read (then nothing should be reused)
     */
    static Optional<String> ofClasses(Class<?>... anchors) {
        MessageDigest digest = sha256();
        try {
            for (Class<?> anchor : anchors) {
                Optional<Path> location = location(anchor);
                if (location.isEmpty()) {
                    return Optional.empty();
                }
                Path path = location.get();
                if (Files.isDirectory(path)) {
                    digestFolder(path, digest);
                } else if (Files.isRegularFile(path)) {
                    digestJar(path, digest);
                } else {
                    return Optional.empty();
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** The file name of the jar (or folder) a class comes from, e.g. {@code stanford-corenlp-4.5.10.jar}. */
    static Optional<String> ofJarName(Class<?> anchor) {
        return location(anchor).map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString());
    }

    private static Optional<Path> location(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void digestFolder(Path folder, MessageDigest digest) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(folder)) {
            classes = new ArrayList<>(files.filter(f -> f.toString().endsWith(".class")).toList());
        }
        List<String> names = new ArrayList<>();
        for (Path file : classes) {
            names.add(folder.relativize(file).toString().replace('\\', '/'));
        }
        Collections.sort(names);
        for (String name : names) {
            digestEntry(name, Files.readAllBytes(folder.resolve(name)), digest);
        }
    }

    static void digestJar(Path jar, MessageDigest digest) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>(zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class")).toList());
            Collections.sort(names);
            for (String name : names) {
                try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
                    digestEntry(name, in.readAllBytes(), digest);
                }
            }
        }
    }

    private static void digestEntry(String name, byte[] bytes, MessageDigest digest) {
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) 0);
        digest.update(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
