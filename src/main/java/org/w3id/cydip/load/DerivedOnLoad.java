package org.w3id.cydip.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cydip.vocab.Cydip;

/**
 * The derived graph of a build ({@link Inference#GRAPH}), computed from the quads as
 * the bulk loader reads them and loaded by the same loader: no index probe into the
 * store and no second load. It keeps what the derivation reads, each subject's asserted
 * types, dates and day bounds (in any graph) and the ontology's {@code rdfs:subClassOf};
 * once the files are read, it gives every subject's derived triples that no graph
 * asserts, as {@link Inference#derivedFrom(java.util.Collection)} does over the same graphs.
 */
public final class DerivedOnLoad implements BulkLoad.Tap {
    private static final Node ONTOLOGY = Cydip.graph("ontology");
    private final Graph axioms = GraphFactory.createDefaultGraph();
    private final Map<Node, List<Triple>> bySubject = new HashMap<>();
    /** The quads held apart while a store is made anew, given to the loader with the derived ones; none for a new store. */
    private DatasetGraph kept;
    private long derived;

    private DerivedOnLoad() {}

    /** A derivation that also sees what {@code dsg} holds already (the graphs a build keeps). */
    public static DerivedOnLoad seeded(DatasetGraph dsg) {
        DerivedOnLoad d = new DerivedOnLoad();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
            if (!q.isDefaultGraph() && !q.getGraph().equals(Inference.GRAPH))
                d.seen(q);
        }));
        return d;
    }

    /** A derivation that sees the quads {@code kept} (a store's own graphs, held apart while it is made anew) and loads them too. */
    public static DerivedOnLoad keeping(DatasetGraph kept) {
        DerivedOnLoad d = seeded(kept);
        d.kept = kept;
        return d;
    }

    @Override
    public void seen(Quad q) {
        Triple t = q.asTriple();
        if (Inference.READS.contains(t.getPredicate()))
            bySubject.computeIfAbsent(t.getSubject(), s -> new ArrayList<>(2)).add(t);
        else if (q.getGraph().equals(ONTOLOGY) && t.getPredicate().equals(RDFS.subClassOf.asNode()))
            axioms.add(t);
    }

    @Override
    public void finish(StreamRDF dest) {
        if (kept != null)
            Txn.executeRead(kept, () -> kept.find().forEachRemaining(dest::quad));
        Inference inference = Inference.over(axioms);
        bySubject.values().forEach(own -> inference.derivedAbout(own).forEach(t -> {
            dest.quad(Quad.create(Inference.GRAPH, t));
            derived++;
        }));
        bySubject.clear();
    }

    /** How many derived triples {@link #finish} gave. */
    public long derived() {
        return derived;
    }
}
