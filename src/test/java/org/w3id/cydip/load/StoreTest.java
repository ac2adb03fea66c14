package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cydip.TestProject;

/** In memory and in TDB2 alike, the default graph is the union of the named graphs. */
class StoreTest {
    private static final Node G1 = NodeFactory.createURI("https://w3id.org/cydip/graph/one");
    private static final Node G2 = NodeFactory.createURI("https://w3id.org/cydip/graph/two");
    private static final Node S = NodeFactory.createURI("urn:x:s");
    private static final Node P = NodeFactory.createURI("urn:x:p");
    private Path dir;

    @AfterEach
    void tearDown() {
        if (dir != null) {
            // Release the cached TDB2 instance before deleting its files.
            org.apache.jena.tdb2.sys.TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
            TestProject.delete(dir);
        }
    }

    private DatasetGraph open(boolean onDisk) throws Exception {
        dir = onDisk ? Files.createTempDirectory("cydip-store") : null;
        DatasetGraph dsg = Store.open(dir);
        Txn.executeWrite(dsg, () -> {
            dsg.add(G1, S, P, NodeFactory.createLiteralString("a"));
            dsg.add(G2, S, P, NodeFactory.createLiteralString("b"));
            dsg.add(G2, S, P, NodeFactory.createLiteralString("a"));
        });
        return dsg;
    }

    @ParameterizedTest(name = "on disk: {0}")
    @ValueSource(booleans = {false, true})
    void the_default_graph_is_the_union_of_the_named_graphs(boolean onDisk) throws Exception {
        DatasetGraph dsg = open(onDisk);
        Txn.executeRead(dsg, () -> {
            assertEquals(2, dsg.getDefaultGraph().size());
            assertEquals(2, Iter.count(dsg.find(Quad.defaultGraphIRI, S, P, Node.ANY)));
            assertTrue(dsg.contains(Quad.defaultGraphIRI, S, P, NodeFactory.createLiteralString("b")));
        });
    }

    @ParameterizedTest(name = "on disk: {0}")
    @ValueSource(booleans = {false, true})
    void sparql_sees_the_union_and_graph_patterns_see_each_graph(boolean onDisk) throws Exception {
        DatasetGraph dsg = open(onDisk);
        Txn.executeRead(dsg, () -> {
            assertEquals(2, Iter.count(QueryExec.dataset(dsg).query("SELECT * { ?s ?p ?o }").select()));
            assertEquals(3, Iter.count(QueryExec.dataset(dsg).query("SELECT * { GRAPH ?g { ?s ?p ?o } }").select()));
        });
    }

    @ParameterizedTest(name = "on disk: {0}")
    @ValueSource(booleans = {false, true})
    void a_tdb2_store_is_queried_by_tdb2s_own_engine_on_its_union_graph(boolean onDisk) throws Exception {
        DatasetGraph dsg = open(onDisk);
        Query query = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Txn.executeRead(dsg, () -> {
            Plan plan = QueryEngineRegistry.findFactory(query, dsg, dsg.getContext())
                    .create(query, dsg, BindingFactory.empty(), dsg.getContext());
            // TDB2's engine plans quad patterns (the union is taken as it matches them);
            // ARQ's general engine, triple patterns on the view's default graph.
            String op = plan.getOp().toString();
            assertEquals(onDisk, op.contains("quadpattern"), op);
        });
    }

    @ParameterizedTest(name = "on disk: {0}")
    @ValueSource(booleans = {false, true})
    void a_pattern_after_a_part_with_no_rows_answers_no_rows(boolean onDisk) throws Exception {
        DatasetGraph dsg = open(onDisk);
        String query = "SELECT * { { SELECT ?s { ?s <urn:x:none> ?x } } ?s ?p ?o . ?o ?q ?r }";
        Txn.executeRead(dsg, () -> assertEquals(0, Iter.count(QueryExec.dataset(dsg).query(query).select())));
    }

    @ParameterizedTest(name = "on disk: {0}")
    @ValueSource(booleans = {false, true})
    void a_write_to_the_default_graph_is_refused_and_changes_nothing(boolean onDisk) throws Exception {
        DatasetGraph dsg = open(onDisk);
        long before = Store.size(dsg);
        dsg.begin(org.apache.jena.query.TxnType.WRITE);
        try {
            assertThrows(UnsupportedOperationException.class,
                    () -> dsg.add(Quad.defaultGraphIRI, S, P, NodeFactory.createLiteralString("c")));
        } finally {
            dsg.abort();
            dsg.end();
        }
        assertEquals(before, Store.size(dsg));
    }
}
