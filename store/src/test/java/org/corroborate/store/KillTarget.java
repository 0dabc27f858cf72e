package org.corroborate.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link StoreCrashTest}: ingests one JSON article after another into the store in
 * {@code args[0]}, printing {@code committed <id>} after each add returned, until killed.
 */
public final class KillTarget {

    private KillTarget() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path inputs = Files.createDirectories(dir.resolveSibling("inputs"));
        try (Store store = Stores.open(dir, FakeEngines.fast())) {
            for (int i = 0; ; i++) {
                String id = "k" + i;
                Path file = inputs.resolve(id + ".json");
                Files.writeString(file, "{\"id\": \"" + id + "\", \"outlet\": \"Outlet " + (i % 3) + "\","
                        + " \"title\": \"Report " + i + "\", \"published\": \"2025-03-0" + (1 + i % 9) + "\","
                        + " \"text\": \"The harbour bridge closed on day " + i + " after inspectors found a crack."
                        + " Engineers said repairs would take " + (i + 2) + " weeks.\"}", StandardCharsets.UTF_8);
                store.add(List.of(file));
                System.out.println("committed " + id);
                System.out.flush();
            }
        }
    }
}
