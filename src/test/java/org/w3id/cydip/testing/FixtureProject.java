package org.w3id.cydip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.ProjectFiles;

/**
 * The small test projects, all under {@code src/test/resources/fixture/}: the real
 * ontology, shapes and canned queries plus one of the small data sets there. Throwaway copies, so
 * that a test may write into them.
 */
public final class FixtureProject {
    /** Where the fixtures are. */
    public static final Path ROOT = Path.of("src/test/resources/fixture");
    /** A slice of states, an organisation, treaties, votes and sources, for the linked-data tests. */
    public static final Path PUBLISH = ROOT.resolve("publish/data");
    /** Two states, a resolution, a source and one vote: the graph the curator entries are written against. */
    public static final Path CURATE = ROOT.resolve("curate/data");
    /** A tiny graph for the query machinery, read without the shapes (see {@code query.Fixtures}). */
    public static final Path MINI = ROOT.resolve("mini.ttl");

    private FixtureProject() {}

    /** Writes the project with the {@link #PUBLISH} data into {@code dir} (created if needed) and returns it. */
    public static Path create(Path dir) throws IOException {
        return create(dir, PUBLISH).root();
    }

    /** Writes a project with this project's ontology, shapes and queries and the data of {@code data} into {@code dir}. */
    public static ProjectFiles create(Path dir, Path data) {
        try {
            TestProject.copyTree(Path.of("ontology"), dir.resolve("ontology"));
            TestProject.copyTree(Path.of("shapes"), dir.resolve("shapes"));
            TestProject.copyTree(data, dir.resolve("data"));
            TestProject.copyTree(Path.of("queries"), dir.resolve("queries"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ProjectFiles.directory(dir);
    }
}
