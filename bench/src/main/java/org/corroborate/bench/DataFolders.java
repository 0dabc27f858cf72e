package org.corroborate.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** Finds the folder a benchmark reads its pile from. Stateless. */
final class DataFolders {

    private static final String EXAMPLE = "examples/harbour-fire";

    private DataFolders() {
    }

    /**
     * The folder to read: {@code dir} when not blank; else {@code sharedFolder} in the shared folder (system property
     * {@code corroborate.shared}, else {@code ../shared} or {@code ../../shared} from the working directory); else the
     * example pile ({@code examples/harbour-fire} or {@code ../examples/harbour-fire}).
     *
     * @param dir          a folder, or blank for the default; nullable
     * @param sharedFolder the default folder inside the shared folder, e.g. {@code seeds}
     * @param what         what the folder holds, for the error message ("pages")
     * @return the folder; never null
     * @throws IllegalStateException when no folder is found
     */
    static Path pick(String dir, String sharedFolder, String what) {
        if (dir != null && !dir.isBlank()) {
            return Paths.get(dir);
        }
        List<Path> candidates = new ArrayList<>();
        String shared = System.getProperty("corroborate.shared");
        if (shared != null) {
            candidates.add(Paths.get(shared, sharedFolder));
        }
        candidates.add(Paths.get("../shared", sharedFolder));
        candidates.add(Paths.get("../../shared", sharedFolder));
        candidates.add(Paths.get(EXAMPLE));
        candidates.add(Paths.get("..", EXAMPLE));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no " + what + " found: run from the project root or pass -p dir=FOLDER");
    }
}
