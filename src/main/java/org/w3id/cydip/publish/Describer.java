package org.w3id.cydip.publish;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.w3id.cydip.vocab.Cydip;

/**
 * Builds the description of one resource from the union graph: its concise bounded
 * description (following blank nodes), the acts that point to it through
 * {@link #ACT_LINKS} with their own descriptions, the sources both cite, every
 * other triple that points at it, and the labels of every IRI mentioned so that a
 * page can name them.
 */
public final class Describer {
    /**
     * The properties by which an act points to what it is about: the actor (a
     * state's votes, treaty acts, positions, memberships, offices), the instrument
     * (a treaty's acts, a resolution's votes), the target of a position, the
     * organisation of a membership, the dispute of a side taken.
     */
    public static final List<Node> ACT_LINKS = List.of(Cydip.actor, Cydip.voter, Cydip.holder, ORG.member.asNode(),
            Cydip.instrument, Cydip.resolution, Cydip.target, ORG.organization.asNode(), Cydip.term("ofState"),
            Cydip.term("inDispute"));
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

    private final DatasetGraph dataset;

    public Describer(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The description of the resource {@code iri}, or empty when the graph says nothing about it. */
    public Optional<Description> describe(String iri) {
        Node focus = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            if (!union.contains(focus, Node.ANY, Node.ANY))
                return Optional.empty();
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(dataset.prefixes().getMapping());
            cbd(union, focus, out, new LinkedHashSet<>());
            List<Node> acts = new ArrayList<>();
            for (Node link : ACT_LINKS)
                union.find(Node.ANY, link, focus).forEachRemaining(t -> acts.add(t.getSubject()));
            acts.forEach(a -> cbd(union, a, out, new LinkedHashSet<>()));
            union.find(Node.ANY, Node.ANY, focus).forEachRemaining(out::add);
            Set<Node> sources = new LinkedHashSet<>();
            out.find(Node.ANY, Cydip.source, Node.ANY).forEachRemaining(t -> sources.add(t.getObject()));
            sources.forEach(s -> cbd(union, s, out, new LinkedHashSet<>()));
            addLabels(union, out);
            return Optional.of(new Description(focus, out, List.copyOf(acts), List.copyOf(sources)));
        });
    }

    /** The IRI that replaces {@code iri}, if the graph marks it deprecated ({@code owl:deprecated true}). */
    public Optional<String> replacement(String iri) {
        Node n = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            if (!union.contains(n, OWL.deprecated.asNode(), TRUE))
                return Optional.empty();
            return union.find(n, DCTerms.isReplacedBy.asNode(), Node.ANY).nextOptional()
                    .map(Triple::getObject).filter(Node::isURI).map(Node::getURI);
        });
    }

    /** The named graph {@code graph} (e.g. the ontology) as a whole. */
    public Graph namedGraph(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            out.getPrefixMapping().setNsPrefixes(dataset.prefixes().getMapping());
            dataset.getGraph(graph).find().forEachRemaining(out::add);
            return out;
        });
    }

    private static void cbd(Graph from, Node subject, Graph into, Set<Node> seen) {
        if (!seen.add(subject))
            return;
        for (Triple t : from.find(subject, Node.ANY, Node.ANY).toList()) {
            into.add(t);
            if (t.getObject().isBlank())
                cbd(from, t.getObject(), into, seen);
        }
    }

    /** Adds the labels of every IRI used in the description, for pages to name them. */
    private static void addLabels(Graph from, Graph into) {
        Set<Node> named = new LinkedHashSet<>();
        into.find().forEachRemaining(t -> {
            if (t.getSubject().isURI())
                named.add(t.getSubject());
            named.add(t.getPredicate());
            if (t.getObject().isURI())
                named.add(t.getObject());
        });
        for (Node n : named)
            for (Node p : Labels.PROPERTIES)
                from.find(n, p, Node.ANY).forEachRemaining(into::add);
    }
}
