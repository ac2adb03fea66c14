package org.w3id.cydip.curate;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes accepted entries as Turtle for review, one file per change:
 * {@code curated.<time>-<id8>.ttl}. Named so that, copied into {@code data/}, the
 * loader puts them into the {@code curated} graph again.
 */
public final class ChangeExport {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ChangeExport() {}

    /** Turtle with Jena's writer and the given prefixes. */
    public static Function<Graph, String> jenaTurtle(PrefixMapping prefixes) {
        return g -> {
            g.getPrefixMapping().setNsPrefixes(prefixes);
            StringWriter w = new StringWriter();
            RDFDataMgr.write(w, g, Lang.TURTLE);
            return w.toString();
        };
    }

    /**
     * Writes every change in {@code log} into {@code outDir}, each graph as
     * {@code turtle} renders it; returns the files written. Every change is
     * rendered before any file is written, and each file appears whole (written
     * under a temporary name, then renamed): a failure leaves no empty or partial file.
     */
    public static List<Path> write(ChangeLog log, Function<Graph, String> turtle, Path outDir) {
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Change c : log.changes())
            rendered.put("curated." + STAMP.format(c.time()) + "-" + c.id().substring(0, 8) + ".ttl",
                    header(c) + turtle.apply(c.added()));
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(outDir);
            for (var e : rendered.entrySet())
                files.add(writeWhole(outDir.resolve(e.getKey()), e.getValue()));
        } catch (IOException e) {
            throw new CurateException(outDir + ": cannot write the exported changes: " + e.getMessage(), e);
        }
        return files;
    }

    private static Path writeWhole(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            return Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String header(Change c) {
        return "# Accepted entry " + c.id() + "\n# curator: " + c.curator() + "\n# time: " + c.time() + "\n# triples: "
                + c.added().size() + "\n\n";
    }
}
