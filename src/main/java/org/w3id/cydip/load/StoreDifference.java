package org.w3id.cydip.load;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * What changing some files does to a store: for each graph that a changed file
 * feeds, the triples the files now give that the store lacks ({@code added}) and
 * those the store holds that the files no longer give ({@code removed}). Only the
 * files of those graphs are read. The difference is computed against the store's
 * content, not against the files it was built from, so it is right even when an
 * earlier update was interrupted. A file's triple counts as held when the store holds it
 * in its own form: TDB2 keeps some literals by value ({@code "05"^^xsd:nonNegativeInteger}
 * as {@code "5"}), and such a triple is neither added again nor removed.
 *
 * @param origins where the subjects of the re-read files are, for reports
 */
public record StoreDifference(Map<Node, Graph> added, Map<Node, Graph> removed, PrefixMapping prefixes, Origins origins) {

    /** The difference for the graphs fed by {@code changedFiles} (names as users know them). */
    public static StoreDifference of(DatasetGraph dsg, ProjectFiles project, Set<String> changedFiles) {
        return read(project, changedFiles).against(dsg);
    }

    /**
     * What the graphs fed by {@code changedFiles} now hold: every file of each such graph, parsed.
     *
     * @param graphs graph name to its triples as the files now give them
     */
    public record Files(Map<Node, Graph> graphs, PrefixMapping prefixes, Origins origins) {
        /** The difference of these graphs with {@code dsg}'s. */
        public StoreDifference against(DatasetGraph dsg) {
            Map<Node, Graph> added = new LinkedHashMap<>();
            Map<Node, Graph> removed = new LinkedHashMap<>();
            Txn.executeRead(dsg, () -> graphs.forEach((g, graph) -> {
                Graph plus = GraphFactory.createDefaultGraph();
                Graph kept = GraphFactory.createDefaultGraph();   // the files' triples as the store holds them
                graph.find().forEachRemaining(t -> {
                    Iterator<Quad> there = dsg.find(g, t.getSubject(), t.getPredicate(), t.getObject());
                    if (there.hasNext())
                        kept.add(there.next().asTriple());
                    else
                        plus.add(t);
                });
                Graph minus = GraphFactory.createDefaultGraph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!kept.contains(q.asTriple()))
                        minus.add(q.asTriple());
                });
                added.put(g, plus);
                removed.put(g, minus);
            }));
            return new StoreDifference(added, removed, prefixes, origins);
        }
    }

    /** Parses the files of the graphs that {@code changedFiles} feed. */
    public static Files read(ProjectFiles project, Set<String> changedFiles) {
        Set<Node> graphs = new java.util.LinkedHashSet<>();
        for (String name : changedFiles)
            graphs.add(GraphLoader.graphOf(project, project.root().resolve(name)));
        Map<Node, Graph> now = new LinkedHashMap<>();
        graphs.forEach(g -> now.put(g, GraphFactory.createDefaultGraph()));
        PrefixMapping prefixes = new PrefixMappingImpl();
        Origins origins = new Origins();
        for (Path f : BulkLoad.files(project)) {
            Graph into = now.get(GraphLoader.graphOf(project, f));
            if (into != null)
                RdfFiles.parse(f, project.displayName(f), RdfFiles.keepingPrefixes(StreamRDFLib.graph(into), prefixes), origins);
        }
        return new Files(now, prefixes, origins);
    }

    /** All added triples, as one graph. */
    public Graph allAdded() {
        return union(added);
    }

    /**
     * The removed triples that the union of {@code dsg}'s graphs will no longer hold:
     * a triple removed from one graph may stay in another (in a read transaction of the caller's).
     */
    public Graph removedFromUnion(DatasetGraph dsg) {
        Graph out = GraphFactory.createDefaultGraph();
        removed.forEach((g, graph) -> graph.find().forEachRemaining(t -> {
            boolean stays = added.values().stream().anyMatch(a -> a.contains(t))
                    || org.apache.jena.atlas.iterator.Iter.anyMatch(dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()),
                            q -> !removed.getOrDefault(q.getGraph(), EMPTY).contains(t));
            if (!stays)
                out.add(t);
        }));
        return out;
    }

    private static final Graph EMPTY = GraphFactory.createDefaultGraph();

    /** How many quads applying the difference adds to the store, less those it removes (each added quad is new, each removed one there). */
    public long netQuads() {
        return added.values().stream().mapToLong(Graph::size).sum() - removed.values().stream().mapToLong(Graph::size).sum();
    }

    public long size() {
        return added.values().stream().mapToLong(Graph::size).sum() + removed.values().stream().mapToLong(Graph::size).sum();
    }

    /** Applies the difference to {@code dsg}, in one write transaction. */
    public void applyTo(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            removed.forEach((g, graph) -> graph.find().forEachRemaining(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject())));
            added.forEach((g, graph) -> graph.find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
            prefixes.getNsPrefixMap().forEach((p, iri) -> dsg.prefixes().add(p, iri));
        });
    }

    private static Graph union(Map<Node, Graph> graphs) {
        Graph all = GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(all::add));
        return all;
    }
}
