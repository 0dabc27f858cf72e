package org.corroborate.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The project's root folder (the one holding the parent {@code pom.xml} and {@code examples/}). */
public final class ProjectRoot {

    private ProjectRoot() {
    }

    /** The nearest folder holding {@code examples/} and a {@code pom.xml}, from {@code corroborate.root} or the working folder up. */
    public static Path path() {
        String configured = System.getProperty("corroborate.root");
        Path dir = configured != null ? Paths.get(configured).toAbsolutePath().normalize()
                : Paths.get("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples")) && Files.exists(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return dir;
    }

    /** {@code relative} inside the project root. */
    public static Path resolve(String relative) {
        return path().resolve(relative);
    }
}
