package org.w3id.cydip.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;

/**
 * {@code import}: the source tables to Turtle, one file per kind. Deterministic
 * (same tables, same bytes) and atomic: every file is written to a temporary
 * directory first, and {@code out} is touched only when all of them are ready.
 */
public final class Importer {
    /** What an import produced: file name to Turtle text, and the rows left out. */
    public record Result(Map<String, String> files, List<String> gaps) {}

    private Importer() {}

    /** Maps the tables under {@code sourcesDir} to Turtle, without writing anything. */
    public static Result run(Path sourcesDir) {
        Ingest in = new Ingest(sourcesDir);
        new StateMapper(in).run();
        new OrganisationMapper(in).run();
        InstrumentMapper instruments = new InstrumentMapper(in);
        instruments.run();
        new VoteMapper(in, instruments).run();
        new ProcessMapper(in).run();
        new NormMapper(in).run();
        new ParticipationMapper(in).run();
        new PositionMapper(in).run();
        new DisputeMapper(in).run();
        new OfficeMapper(in).run();
        in.sources().writeTo(in.facts());
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, Graph> e : in.facts().graphs().entrySet())
            files.put(e.getKey() + ".ttl", TurtleWriter.write(e.getValue()));
        return new Result(files, in.gaps());
    }

    /** Imports {@code sourcesDir} into {@code outDir}, replacing the files of the same names. */
    public static Result importInto(Path sourcesDir, Path outDir) {
        Result result = run(sourcesDir);
        try {
            Files.createDirectories(outDir);
            Path tmp = Files.createTempDirectory(outDir, ".import-");
            try {
                for (var e : result.files().entrySet())
                    Files.writeString(tmp.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
                for (String name : result.files().keySet())
                    move(tmp.resolve(name), outDir.resolve(name));
            } finally {
                deleteTree(tmp);
            }
        } catch (IOException e) {
            throw new ImportException(outDir + ": cannot write the imported files: " + e.getMessage(), e);
        }
        return result;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.toList())
                Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }
}
