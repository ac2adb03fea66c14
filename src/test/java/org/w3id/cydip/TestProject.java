package org.w3id.cydip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.testing.FixtureProject;
import org.w3id.cydip.validate.ValidatedDataset;

/** Test harness: the project's own files, loaded once per JVM, throwaway project copies, and a mini project. */
public final class TestProject {
    private static ValidatedDataset loaded;

    private TestProject() {}

    /** The project directory the tests run in (Maven runs them in the module's base directory). */
    public static ProjectFiles files() {
        return ProjectFiles.directory(Path.of("").toAbsolutePath());
    }

    /** The real graph, loaded and validated once, in memory. */
    public static synchronized ValidatedDataset real() {
        if (loaded == null)
            loaded = ValidatedDataset.open(files(), null);
        return loaded;
    }

    /** Where the curator tests' entry files are. */
    public static final Path ENTRIES = Path.of("src/test/resources/entries");

    /**
     * A mini project in {@code dir}: this project's ontology and shapes, and the
     * small data set the curator entries are written against ({@link FixtureProject#CURATE}).
     */
    public static ProjectFiles create(Path dir) {
        return FixtureProject.create(dir, FixtureProject.CURATE);
    }

    public static Path entry(String name) {
        return ENTRIES.resolve(name);
    }

    /** A temporary project with this project's ontology and shapes and an empty {@code data/}. */
    public static Path emptyCopy() {
        try {
            Path dir = Files.createTempDirectory("cydip-test");
            copyTree(Path.of("ontology"), dir.resolve("ontology"));
            copyTree(Path.of("shapes"), dir.resolve("shapes"));
            Files.createDirectories(dir.resolve("data"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir))
            return;
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the directory tree {@code from} to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else
                    Files.copy(p, target);
            }
        }
    }
}
