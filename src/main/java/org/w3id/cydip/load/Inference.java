package org.w3id.cydip.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfs.SetupRDFS;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cydip.vocab.Cydip;

/**
 * The RDFS type closure: every instance typed with every superclass of its asserted
 * types, as {@code rdfs:subClassOf} in the ontology graph says (cydip's classes and
 * the reused vocabularies' axioms in {@code ontology/reused-vocabularies.ttl}). The
 * closure is kept in its own named graph, {@link #GRAPH}, so a plain query sees it
 * in the union default graph and a careful one can leave it out. Only types are
 * derived, and the day bounds of every {@code cydip:date} ({@link DayBounds}): no
 * domains, ranges or sub-properties.
 */
public final class Inference {
    /** The named graph of the derived types. */
    public static final Node GRAPH = Cydip.graph("inferred");

    private final SetupRDFS schema;
    private final Map<Node, Set<Node>> superClasses = new ConcurrentHashMap<>();

    private Inference(Graph subClassAxioms) {
        this.schema = new SetupRDFS(subClassAxioms);
    }

    /**
     * Recomputes {@link #GRAPH} of a stored dataset from its other graphs, in one write
     * transaction: a store filled by the bulk loader or changed by a file's difference
     * gets the same derived graph as the in-memory load.
     */
    public static void refresh(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            List<Graph> asserted = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!g.equals(GRAPH))
                    asserted.add(dsg.getGraph(g));
            });
            Graph derived = over(dsg.getGraph(Cydip.graph("ontology"))).derivedFrom(asserted);
            // Only what changed is written: after a difference most derived triples stay.
            Graph target = dsg.getGraph(GRAPH);
            List<Triple> gone = target.find().filterDrop(derived::contains).toList();
            gone.forEach(target::delete);
            derived.find().filterDrop(target::contains).toList().forEach(target::add);
        });
    }

    /** The closure over the {@code rdfs:subClassOf} triples of {@code ontology}. */
    public static Inference over(Graph ontology) {
        Graph axioms = GraphFactory.createDefaultGraph();
        ontology.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(axioms::add);
        return new Inference(axioms);
    }

    /** Every class {@code type} is a subclass of, itself excluded. */
    public Set<Node> superClassesOf(Node type) {
        return superClasses.computeIfAbsent(type, t -> Set.copyOf(schema.getSuperClasses(t)));
    }

    /** What {@code asserted} implies (types and day bounds) that none of those graphs asserts. */
    public Graph derivedFrom(Collection<Graph> asserted) {
        Graph inferred = GraphFactory.createDefaultGraph();
        Predicate<Triple> known = t -> asserted.stream().anyMatch(g -> g.contains(t));
        asserted.forEach(g -> addDerived(g, known, inferred));
        return inferred;
    }

    /**
     * What {@code typed} implies (types and day bounds), except what {@code known}
     * holds already: what an accepted entry adds to {@link #GRAPH}.
     */
    public Graph derivedFrom(Graph typed, Predicate<Triple> known) {
        Graph inferred = GraphFactory.createDefaultGraph();
        addDerived(typed, known, inferred);
        return inferred;
    }

    private void addDerived(Graph typed, Predicate<Triple> known, Graph into) {
        DayBounds.add(typed, known, into);
        typed.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            for (Node sup : superClassesOf(t.getObject())) {
                Triple derived = Triple.create(t.getSubject(), RDF.type.asNode(), sup);
                if (!known.test(derived))
                    into.add(derived);
            }
        });
    }
}
