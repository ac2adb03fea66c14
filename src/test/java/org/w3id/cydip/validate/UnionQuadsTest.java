package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Store;

/** A value lookup by node id answers what the TDB2 union graph's find answers, in its order. */
class UnionQuadsTest {
    private static final Node S = NodeFactory.createURI("http://example.org/s");
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    @Test
    void a_triple_in_two_graphs_is_given_once_and_an_unknown_subject_gives_nothing() {
        DatasetGraph dsg = Store.view(DatabaseMgr.createDatasetGraph());
        Txn.executeWrite(dsg, () -> {
            for (String g : List.of("http://example.org/g1", "http://example.org/g2"))
                for (String o : List.of("a", "b"))
                    dsg.add(NodeFactory.createURI(g), S, P, NodeFactory.createLiteralString(o));
        });
        Txn.executeRead(dsg, () -> {
            UnionQuads quads = UnionQuads.of(dsg);
            assertEquals(2, quads.find(S, P).size());
            assertEquals(dsg.getUnionGraph().find(S, P, Node.ANY).toList(), quads.find(S, P));
            assertTrue(quads.find(NodeFactory.createURI("http://example.org/unknown"), P).isEmpty());
        });
    }

    @Test
    void every_subject_and_predicate_of_the_real_data_gets_the_union_graph_s_answer() {
        LoadedGraph real = GraphLoader.load(TestProject.files());
        DatasetGraph dsg = Store.view(DatabaseMgr.createDatasetGraph());
        Store.fill(dsg, real);
        Txn.executeRead(dsg, () -> {
            UnionQuads quads = UnionQuads.of(dsg);
            Set<Triple> pairs = new LinkedHashSet<>();
            dsg.getUnionGraph().find().forEachRemaining(t -> pairs.add(Triple.create(t.getSubject(), t.getPredicate(), Node.ANY)));
            for (Triple sp : pairs)
                assertEquals(dsg.getUnionGraph().find(sp.getSubject(), sp.getPredicate(), Node.ANY).toList(),
                        quads.find(sp.getSubject(), sp.getPredicate()), () -> sp.toString());
        });
    }

    @Test
    void a_store_not_in_tdb2_has_no_quads_to_read() {
        assertNull(UnionQuads.of(DatasetGraphFactory.createTxnMem()));
    }
}
