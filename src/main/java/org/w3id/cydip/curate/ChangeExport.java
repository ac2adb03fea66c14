package org.w3id.cydip.curate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.cydip.load.AtomicFiles;
import org.w3id.cydip.load.TurtleWriter;

/**
 * Writes accepted entries as Turtle for review, one file per change:
 * {@code curated.<time>-<id8>.ttl}. Named so that, copied into {@code data/}, the
 * loader puts them into the {@code curated} graph again.
 */
public final class ChangeExport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ChangeExport() {}

    /**
     * Writes every change in {@code log} into {@code outDir} as Turtle: the same
     * deterministic Turtle as the imported {@code data/} ({@link TurtleWriter}), so the
     * files diff and review alike; Jena's, with the same prefixes, for the rare entry
     * whose blank nodes that writer cannot nest. Returns the files written.
     */
    public static List<Path> write(ChangeLog log, Path outDir) {
        return write(log, ChangeExport::turtle, outDir);
    }

    /** As {@link #write(ChangeLog, Path)}, for the change log of the TDB2 store in {@code store}. */
    public static List<Path> fromStore(Path store, Path outDir) {
        if (!Files.isDirectory(store))
            throw new CurateException(store + ": no such store directory");
        return write(ChangeLog.directory(CurateSettings.changeDir(store)), outDir);
    }

    static String turtle(Graph g) {
        if (TurtleWriter.canWrite(g))
            return TurtleWriter.write(g);
        g.getPrefixMapping().setNsPrefixes(TurtleWriter.prefixes());
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.TURTLE);
        return w.toString();
    }

    /**
     * Writes every change in {@code log} into {@code outDir}, each graph as
     * {@code turtle} renders it; returns the files written. Every change is
     * rendered before any file is written, and no file appears until all are
     * written whole ({@link AtomicFiles#writeAll}): a failure leaves no empty or partial file.
     */
    static List<Path> write(ChangeLog log, Function<Graph, String> turtle, Path outDir) {
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Change c : log.changes())
            rendered.put("curated." + STAMP.format(c.time()) + "-" + c.id().substring(0, 8) + ".ttl",
                    header(c) + turtle.apply(c.added()));
        try {
            return AtomicFiles.writeAll(outDir, rendered);
        } catch (IOException e) {
            throw new CurateException(outDir + ": cannot write the exported changes: " + e.getMessage(), e);
        }
    }

    private static String header(Change c) {
        return "# Accepted entry " + c.id() + "\n# curator: " + c.curator() + "\n# time: " + c.time() + "\n# triples: "
                + c.added().size() + "\n\n";
    }
}
