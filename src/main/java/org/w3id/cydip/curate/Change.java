package org.w3id.cydip.curate;

import java.time.Instant;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cydip.vocab.Cydip;

/**
 * One accepted entry as it goes into the change log: who, when, and the triples
 * it added to the curated graph. Stored as an RDF Patch whose header carries
 * {@code id}, {@code curator} and {@code time}.
 */
public record Change(String id, String curator, Instant time, Graph added) {
    /** The named graph that accepted entries go into. */
    public static final Node GRAPH = Cydip.graph("curated");
    static final String ID = "id";
    static final String CURATOR = "curator";
    static final String TIME = "time";

    public static Change of(String curator, Graph added) {
        return new Change(UUID.randomUUID().toString(), curator, Instant.now(), added);
    }

    public RDFPatch toPatch() {
        RDFChangesCollector c = new RDFChangesCollector();
        c.header(ID, NodeFactory.createURI("uuid:" + id));
        c.header(CURATOR, NodeFactory.createLiteralString(curator));
        c.header(TIME, NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime));
        c.txnBegin();
        added.find().forEachRemaining(t -> c.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        c.txnCommit();
        return c.getRDFPatch();
    }

    public static Change fromPatch(RDFPatch patch) {
        Graph g = GraphFactory.createDefaultGraph();
        patch.apply(new RDFChangesBase() {
            @Override
            public void add(Node gn, Node s, Node p, Node o) {
                g.add(s, p, o);
            }
        });
        String id = patch.getId().getURI().replaceFirst("^uuid:", "");
        String curator = patch.getHeader(CURATOR).getLiteralLexicalForm();
        Instant time = Instant.parse(patch.getHeader(TIME).getLiteralLexicalForm());
        return new Change(id, curator, time, g);
    }
}
