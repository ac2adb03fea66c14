package org.w3id.cydip.curate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes accepted entries as Turtle for review, one file per change:
 * {@code curated.<time>-<id>.ttl}. Named so that, copied into {@code data/}, the
 * loader puts them into the {@code curated} graph again.
 */
public final class ChangeExport {
    private ChangeExport() {}

    /** Writes every change in {@code log} into {@code outDir}; returns the files written. */
    public static List<Path> write(ChangeLog log, PrefixMapping prefixes, Path outDir) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (Change c : log.changes()) {
                Path f = outDir.resolve("curated." + c.time().toString().replace(":", "") + "-" + c.id() + ".ttl");
                try (OutputStream out = Files.newOutputStream(f)) {
                    out.write(header(c).getBytes(StandardCharsets.UTF_8));
                    Graph g = c.added();
                    g.getPrefixMapping().setNsPrefixes(prefixes);
                    RDFDataMgr.write(out, g, Lang.TURTLE);
                }
                files.add(f);
            }
        } catch (IOException e) {
            throw new CurateException(outDir + ": cannot write the exported changes: " + e.getMessage(), e);
        }
        return files;
    }

    private static String header(Change c) {
        return "# Accepted entry " + c.id() + "\n# curator: " + c.curator() + "\n# time: " + c.time() + "\n# triples: "
                + c.added().size() + "\n\n";
    }
}
