package org.w3id.cydip.load;

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
import org.apache.jena.sparql.core.Quad;
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

    /** The predicates whose triples the derived graph is computed from, besides the ontology's {@code rdfs:subClassOf}. */
    static final Set<Node> READS = Set.of(RDF.type.asNode(), Cydip.date, Cydip.earliestDay, Cydip.latestDay);

    /**
     * Recomputes {@link #GRAPH} of a stored dataset from its other graphs, in one write
     * transaction: a store filled by the bulk loader gets the same derived graph as the
     * in-memory load. Each candidate triple is one index probe ({@code find} on any graph),
     * whatever the number of graphs. Returns the quads it added less those it removed.
     */
    public static long refresh(DatasetGraph dsg) {
        return Txn.calculateWrite(dsg, () -> {
            Inference inference = over(dsg.getGraph(Cydip.graph("ontology")));
            return replace(dsg, Node.ANY, inference.derivedIn(dsg, Node.ANY));
        });
    }

    /**
     * Brings {@link #GRAPH} of a stored dataset up to date after {@code diff} was applied
     * to it, in work proportional to the difference: what is derived about a subject
     * depends only on that subject's asserted types, dates and day bounds (and the
     * ontology), so only the subjects of added or removed triples with those predicates
     * are derived again, from every asserted graph. A difference that changes the
     * ontology's {@code rdfs:subClassOf} recomputes the whole. Returns the quads it added
     * less those it removed.
     */
    public static long refresh(DatasetGraph dsg, StoreDifference diff) {
        Set<Node> subjects = new java.util.LinkedHashSet<>();
        boolean axioms = false;
        for (Map<Node, Graph> side : List.of(diff.added(), diff.removed()))
            for (Map.Entry<Node, Graph> e : side.entrySet()) {
                axioms |= e.getKey().equals(Cydip.graph("ontology")) && e.getValue().contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY);
                e.getValue().find().filterKeep(t -> READS.contains(t.getPredicate())).forEachRemaining(t -> subjects.add(t.getSubject()));
            }
        if (axioms)
            return refresh(dsg);
        if (subjects.isEmpty())
            return 0;
        return Txn.calculateWrite(dsg, () -> {
            Inference inference = over(dsg.getGraph(Cydip.graph("ontology")));
            long net = 0;
            for (Node s : subjects)
                net += replace(dsg, s, inference.derivedIn(dsg, s));
            return net;
        });
    }

    /**
     * Makes {@link #GRAPH}'s triples about {@code subject} (any: all) those of {@code derived}, writing only what changed;
     * returns the triples added less those removed.
     */
    private static long replace(DatasetGraph dsg, Node subject, Graph derived) {
        Graph target = dsg.getGraph(GRAPH);
        List<Triple> gone = target.find(subject, Node.ANY, Node.ANY).filterDrop(derived::contains).toList();
        gone.forEach(target::delete);
        List<Triple> added = derived.find().filterDrop(target::contains).toList();
        added.forEach(target::add);
        return added.size() - gone.size();
    }

    /** What the asserted graphs of {@code dsg} imply about {@code subject} (any: every subject) that none asserts. */
    private Graph derivedIn(DatasetGraph dsg, Node subject) {
        Graph into = GraphFactory.createDefaultGraph();
        Predicate<Triple> known = t -> asserted(dsg, t.getSubject(), t.getPredicate(), t.getObject()).hasNext();
        asserted(dsg, subject, Cydip.date, Node.ANY).forEachRemaining(t -> DayBounds.add(t, known, into));
        asserted(dsg, subject, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> addSuperTypes(t, known, into));
        return into;
    }

    /** The triples matching the pattern in any named graph of {@code dsg} but {@link #GRAPH} (one index probe). */
    private static org.apache.jena.util.iterator.ExtendedIterator<Triple> asserted(DatasetGraph dsg, Node s, Node p, Node o) {
        return org.apache.jena.util.iterator.WrappedIterator.create(dsg.find(Node.ANY, s, p, o))
                .filterKeep(q -> !q.isDefaultGraph() && !q.getGraph().equals(GRAPH)).mapWith(Quad::asTriple);
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

    /** What the asserted triples {@code own} about one subject imply (types, day bounds) that they do not assert. */
    Set<Triple> derivedAbout(List<Triple> own) {
        Set<Triple> asserted = new java.util.HashSet<>(own);
        Set<Triple> out = new java.util.LinkedHashSet<>();
        for (Triple t : own)
            if (t.getPredicate().equals(Cydip.date))
                DayBounds.of(t).stream().filter(b -> !asserted.contains(b)).forEach(out::add);
            else if (t.getPredicate().equals(RDF.type.asNode()))
                for (Node sup : superClassesOf(t.getObject())) {
                    Triple d = Triple.create(t.getSubject(), RDF.type.asNode(), sup);
                    if (!asserted.contains(d))
                        out.add(d);
                }
        return out;
    }

    private void addDerived(Graph typed, Predicate<Triple> known, Graph into) {
        DayBounds.add(typed, known, into);
        typed.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> addSuperTypes(t, known, into));
    }

    /** Adds to {@code into} the types the type triple {@code typed} implies that {@code known} lacks. */
    private void addSuperTypes(Triple typed, Predicate<Triple> known, Graph into) {
        for (Node sup : superClassesOf(typed.getObject())) {
            Triple derived = Triple.create(typed.getSubject(), RDF.type.asNode(), sup);
            if (!known.test(derived))
                into.add(derived);
        }
    }
}
