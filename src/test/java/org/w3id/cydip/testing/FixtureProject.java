package org.w3id.cydip.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.w3id.cydip.TestProject;

/**
 * A throwaway project directory: the real ontology, shapes and canned queries plus the small
 * linked-data fixture ({@code src/test/resources/fixtures/publish/data}).
 */
public final class FixtureProject {
    public static final Path DATA = Path.of("src/test/resources/fixtures/publish/data");

    private FixtureProject() {}

    /** Writes the project into {@code dir} (created if needed) and returns it. */
    public static Path create(Path dir) throws IOException {
        TestProject.copyTree(Path.of("ontology"), dir.resolve("ontology"));
        TestProject.copyTree(Path.of("shapes"), dir.resolve("shapes"));
        TestProject.copyTree(DATA, dir.resolve("data"));
        TestProject.copyTree(Path.of("queries"), dir.resolve("queries"));   // the pages are made from them
        return dir;
    }

    /** Deletes {@code dir} and everything under it. */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList())
                Files.delete(p);
        }
    }

}
