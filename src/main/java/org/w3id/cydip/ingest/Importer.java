package org.w3id.cydip.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.cydip.load.AtomicFiles;
import org.w3id.cydip.load.TurtleWriter;

/**
 * {@code import}: the source tables to Turtle, one file per kind. Deterministic
 * (same tables, same bytes) and atomic: no file in {@code out} is replaced
 * until all of them are written ({@link AtomicFiles#writeAll}).
 */
public final class Importer {
    /**
     * What an import produced: file name to Turtle text, the graphs by kind, the source table
     * whose row made each subject, and the rows left out.
     */
    public record Result(Map<String, String> files, Map<String, Graph> graphs, Map<Node, String> tables,
            List<String> gaps) {}

    private Importer() {}

    /** Maps the tables under {@code sourcesDir} to Turtle, without writing anything. */
    public static Result run(Path sourcesDir) {
        Ingest in = new Ingest(sourcesDir);
        new StateMapper(in).run();
        new OrganisationMapper(in).run();
        InstrumentFactsMapper instrumentFacts = new InstrumentFactsMapper(in);
        InstrumentMapper instruments = new InstrumentMapper(in, instrumentFacts);
        instruments.run();
        new VoteMapper(in, instruments).run();
        new ProcessMapper(in, instrumentFacts).run();
        instrumentFacts.run();
        new NormMapper(in).run();
        new ParticipationMapper(in).run();
        new PositionMapper(in).run();
        new DisputeMapper(in).run();
        new OfficeMapper(in).run();
        new ReleaseMapper(in).run();
        Publishers publishers = new Publishers(in);
        in.sources().writeTo(in.facts(), new SourceDescription(publishers, new InternalSource(in.dir())));
        new InternalReferences(in.dir()).stripAll(in.facts().graphs().values());
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, Graph> e : in.facts().graphs().entrySet())
            files.put(e.getKey() + ".ttl", TurtleWriter.write(e.getValue()));
        return new Result(files, in.facts().graphs(), in.tables(), in.gaps());
    }

    /** Imports {@code sourcesDir} into {@code outDir}, replacing the files of the same names. */
    public static Result importInto(Path sourcesDir, Path outDir) {
        return write(run(sourcesDir), outDir);
    }

    /** Writes {@code result} into {@code outDir}, all files or none. */
    public static Result write(Result result, Path outDir) {
        try {
            AtomicFiles.writeAll(outDir, result.files());
        } catch (IOException e) {
            throw new ImportException(outDir + ": cannot write the imported files: " + e.getMessage(), e);
        }
        return result;
    }
}
