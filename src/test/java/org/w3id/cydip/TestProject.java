package org.w3id.cydip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.w3id.cydip.load.ProjectFiles;

/**
 * A mini cydip project for tests: the real ontology and shapes of this checkout,
 * and the small data set under {@code src/test/resources/fixture/data}.
 */
public final class TestProject {
    private TestProject() {}

    /** Where the test entry files are. */
    public static final Path ENTRIES = Path.of("src/test/resources/entries");

    /** Builds the project in {@code dir} and returns it. */
    public static ProjectFiles create(Path dir) {
        copyTree(Path.of("ontology"), dir.resolve("ontology"));
        copyTree(Path.of("shapes"), dir.resolve("shapes"));
        copyTree(Path.of("src/test/resources/fixture/data"), dir.resolve("data"));
        return ProjectFiles.directory(dir);
    }

    public static Path entry(String name) {
        return ENTRIES.resolve(name);
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(t);
                else
                    Files.copy(p, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
