package org.w3id.cydip.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the ontology, shapes and data are read from: a project directory
 * (holding {@code ontology/}, {@code shapes/}, {@code data/}) or, by default, the
 * copy built into the jar.
 */
public final class ProjectFiles {
    /** Environment variable naming the project directory; the launcher sets it. */
    public static final String HOME_ENV = "CYDIP_HOME";
    private static final String MARKER = "ontology/cydip.ttl";

    private final Path root;
    private final String description;

    private ProjectFiles(Path root, String description) {
        this.root = root;
        this.description = description;
    }

    /** The project directory {@code dir}, which must hold {@code ontology/cydip.ttl}. */
    public static ProjectFiles directory(Path dir) {
        if (!Files.isRegularFile(dir.resolve(MARKER)))
            throw new LoadException(dir + ": not a cydip project directory (no " + MARKER + ")");
        return new ProjectFiles(dir, dir.toAbsolutePath().normalize().toString());
    }

    /** The ontology, shapes and data built into the jar (or on the test classpath). */
    public static ProjectFiles embedded() {
        var url = ProjectFiles.class.getClassLoader().getResource(MARKER);
        if (url == null)
            throw new LoadException("no embedded data: " + MARKER + " is not on the classpath");
        try {
            URI uri = url.toURI();
            Path marker = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri);
            return new ProjectFiles(marker.getParent().getParent(), "embedded data");
        } catch (URISyntaxException | IOException e) {
            throw new LoadException("cannot open the embedded data: " + e.getMessage(), e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    /** {@code $CYDIP_HOME} if set, else the embedded copy. */
    public static ProjectFiles locate() {
        String home = System.getenv(HOME_ENV);
        return home == null || home.isBlank() ? embedded() : directory(Path.of(home));
    }

    public List<Path> ontologyFiles() {
        return rdfFiles("ontology");
    }

    public List<Path> shapeFiles() {
        return rdfFiles("shapes");
    }

    /** RDF files under {@code data/}; tabular sources under {@code data/sources/} are not RDF and are skipped. */
    public List<Path> dataFiles() {
        return rdfFiles("data");
    }

    public List<Path> queryFiles() {
        return files("queries", p -> p.toString().endsWith(".rq"));
    }

    /** The ontology checks: {@code ontology/checks/*-violation.rq}, SELECT queries whose rows are errors. */
    public List<Path> checkFiles() {
        return files("ontology/checks", p -> p.getFileName().toString().endsWith("-violation.rq"));
    }

    /** The path as users know it: {@code data/votes.ttl}. */
    public String displayName(Path file) {
        return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
    }

    public Path root() {
        return root;
    }

    @Override
    public String toString() {
        return description;
    }

    private List<Path> rdfFiles(String dir) {
        return files(dir, RdfFiles::isRdf);
    }

    private List<Path> files(String dir, java.util.function.Predicate<Path> keep) {
        Path d = root.resolve(dir);
        if (!Files.isDirectory(d))
            return List.of();
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(Files::isRegularFile).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new LoadException(d + ": cannot list files: " + e.getMessage(), e);
        }
    }
}
