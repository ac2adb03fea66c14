package org.w3id.cydip.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A throwaway project directory: the real ontology and shapes plus the small
 * linked-data fixture ({@code src/test/resources/fixtures/publish/data}).
 */
public final class FixtureProject {
    public static final Path DATA = Path.of("src/test/resources/fixtures/publish/data");

    private FixtureProject() {}

    /** Writes the project into {@code dir} (created if needed) and returns it. */
    public static Path create(Path dir) throws IOException {
        copy(Path.of("ontology"), dir.resolve("ontology"));
        copy(Path.of("shapes"), dir.resolve("shapes"));
        copy(DATA, dir.resolve("data"));
        return dir;
    }

    /** Deletes {@code dir} and everything under it. */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
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
