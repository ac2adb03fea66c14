package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
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

/** A lookup by node id answers what the TDB2 union graph's find answers, in its order. */
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
            assertEquals(2, find(quads, S, P, Node.ANY).size());
            assertEquals(4, Iter.count(dsg.find(Node.ANY, S, P, Node.ANY)), "each triple is in two graphs");
            for (Triple pattern : List.of(Triple.create(S, P, Node.ANY), Triple.create(Node.ANY, P, Node.ANY),
                    Triple.create(Node.ANY, Node.ANY, NodeFactory.createLiteralString("a")), Triple.create(Node.ANY, Node.ANY, Node.ANY)))
                assertEquals(union(dsg, pattern), find(quads, pattern.getSubject(), pattern.getPredicate(), pattern.getObject()));
            assertTrue(find(quads, NodeFactory.createURI("http://example.org/unknown"), P, Node.ANY).isEmpty());
        });
    }

    @Test
    void an_inline_literal_and_a_node_with_the_same_id_bits_are_two_objects() {
        // NodeId's equals compares the bits, not the kind: the first node of the node file (at 0)
        // and the inline integer 0, or a node at 79 and "79", are equal ids to it.
        DatasetGraph dsg = Store.view(DatabaseMgr.createDatasetGraph());
        Node g = NodeFactory.createURI("http://example.org/g");
        Txn.executeWrite(dsg, () -> {
            dsg.add(g, g, P, g);
            dsg.add(g, g, P, S);
            for (int i = 0; i < 200; i++)
                dsg.add(g, g, P, NodeFactory.createLiteralDT(Integer.toString(i), org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        });
        Txn.executeRead(dsg, () -> {
            UnionQuads quads = UnionQuads.of(dsg);
            assertEquals(union(dsg, Triple.create(g, P, Node.ANY)), find(quads, g, P, Node.ANY));
            assertEquals(202, find(quads, g, P, Node.ANY).size());
            assertEquals(union(dsg, Triple.create(g, P, Node.ANY)).stream().map(Triple::getObject).toList(), quads.objectsOf(P));
        });
    }

    @Test
    void every_pattern_of_the_real_data_s_triples_gets_the_union_graph_s_answer() {
        DatasetGraph dsg = realStore();
        Txn.executeRead(dsg, () -> {
            UnionQuads quads = UnionQuads.of(dsg);
            // Every triple's (s p ?), (? p o), (s ? ?), (? ? o) and (s p o), and every predicate's (? p ?).
            Set<Triple> patterns = new LinkedHashSet<>();
            dsg.getUnionGraph().find().forEachRemaining(t -> {
                Node s = t.getSubject(), p = t.getPredicate(), o = t.getObject();
                patterns.addAll(List.of(Triple.create(s, p, Node.ANY), Triple.create(Node.ANY, p, o), Triple.create(s, Node.ANY, Node.ANY),
                        Triple.create(Node.ANY, Node.ANY, o), t, Triple.create(Node.ANY, p, Node.ANY)));
            });
            for (Triple pattern : patterns)
                assertEquals(union(dsg, pattern), find(quads, pattern.getSubject(), pattern.getPredicate(), pattern.getObject()),
                        () -> pattern.toString());
        });
    }

    @Test
    void every_predicate_s_objects_come_once_each_in_the_order_of_the_union_graph_s_find() {
        DatasetGraph dsg = realStore();
        Txn.executeRead(dsg, () -> {
            UnionQuads quads = UnionQuads.of(dsg);
            Set<Node> predicates = new LinkedHashSet<>();
            dsg.getUnionGraph().find().forEachRemaining(t -> predicates.add(t.getPredicate()));
            for (Node p : predicates) {
                List<Node> objects = dsg.getUnionGraph().find(Node.ANY, p, Node.ANY).mapWith(Triple::getObject).toList();
                assertEquals(List.copyOf(new LinkedHashSet<>(objects)), quads.objectsOf(p), p::toString);
            }
            assertTrue(quads.objectsOf(NodeFactory.createURI("http://example.org/unknown")).isEmpty());
        });
    }

    /** A TDB2 store of the real data, as a build fills it. */
    private static DatasetGraph realStore() {
        LoadedGraph real = GraphLoader.load(TestProject.files());
        DatasetGraph dsg = Store.view(DatabaseMgr.createDatasetGraph());
        Store.fill(dsg, real);
        return dsg;
    }

    private static List<Triple> union(DatasetGraph dsg, Triple pattern) {
        return dsg.getUnionGraph().find(pattern).toList();
    }

    private static List<Triple> find(UnionQuads quads, Node s, Node p, Node o) {
        return Iter.toList(quads.find(s, p, o));
    }

    @Test
    void a_store_not_in_tdb2_has_no_quads_to_read() {
        assertNull(UnionQuads.of(DatasetGraphFactory.createTxnMem()));
    }
}
