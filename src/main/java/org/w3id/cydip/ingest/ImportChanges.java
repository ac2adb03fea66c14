package org.w3id.cydip.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What an import changes against the Turtle already in the output directory, per source table:
 * a fact is a subject with its statements, added (new subject), removed (gone) or changed (other
 * statements). A subject is counted under the table whose row made it, or, when no row of this
 * import made it, under the file it was in ({@code data/memberships.ttl}).
 */
public final class ImportChanges {
    /** Facts added, removed and changed in one table. */
    public record Count(int added, int removed, int changed) {
        Count plus(Count o) {
            return new Count(added + o.added, removed + o.removed, changed + o.changed);
        }
    }

    private static final Count ADDED = new Count(1, 0, 0), REMOVED = new Count(0, 1, 0), CHANGED = new Count(0, 0, 1);

    private ImportChanges() {}

    /** The changes from the files in {@code oldDir} (missing ones count as empty) to {@code result}. */
    public static Map<String, Count> between(Path oldDir, Importer.Result result) {
        Map<Node, Set<Triple>> before = new HashMap<>();
        Map<Node, String> fileOf = new HashMap<>();
        for (String name : result.files().keySet())
            read(oldDir.resolve(name), before, fileOf, oldDir.getFileName() + "/" + name);
        Map<Node, Set<Triple>> after = new HashMap<>();
        result.graphs().forEach((kind, g) -> {
            bySubject(g, after);
            g.find().forEachRemaining(t -> fileOf.putIfAbsent(t.getSubject(), oldDir.getFileName() + "/" + kind + ".ttl"));
        });
        Set<Node> subjects = new HashSet<>(before.keySet());
        subjects.addAll(after.keySet());
        Map<String, Count> counts = new TreeMap<>();
        for (Node s : subjects) {
            Set<Triple> b = before.get(s), a = after.get(s);
            String table = result.tables().getOrDefault(s, fileOf.get(s));
            Count delta = b == null ? ADDED : a == null ? REMOVED : a.equals(b) ? null : CHANGED;
            if (delta != null)
                counts.merge(table, delta, Count::plus);
        }
        return counts;
    }

    private static void read(Path file, Map<Node, Set<Triple>> into, Map<Node, String> fileOf, String name) {
        if (!Files.isRegularFile(file))
            return;
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        } catch (RiotException e) {
            throw new ImportException(file + ": the committed data cannot be read to compare: " + e.getMessage(), e);
        }
        bySubject(g, into);
        g.find().forEachRemaining(t -> fileOf.putIfAbsent(t.getSubject(), name));
    }

    private static void bySubject(Graph g, Map<Node, Set<Triple>> into) {
        g.find().forEachRemaining(t -> into.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t));
    }
}
