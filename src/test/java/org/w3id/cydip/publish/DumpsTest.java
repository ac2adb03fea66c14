package org.w3id.cydip.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.Store;

/** Dumps from the in-memory dataset and from a TDB2 store: the union as Turtle, the named graphs as TriG. */
class DumpsTest {
    private static final Node G1 = NodeFactory.createURI("https://w3id.org/cydip/graph/one");
    private static final Node G2 = NodeFactory.createURI("https://w3id.org/cydip/graph/two");

    @ParameterizedTest(name = "on disk: {0}")
    @ValueSource(booleans = {false, true})
    void turtle_holds_the_union_and_trig_the_named_graphs_only(boolean onDisk) throws Exception {
        Path dir = onDisk ? Files.createTempDirectory("cydip-dump") : null;
        try {
            DatasetGraph dsg = Store.open(dir);
            Node s = NodeFactory.createURI("https://w3id.org/cydip/id/state/FRA");
            Node p = NodeFactory.createURI("https://w3id.org/cydip/ontology#iso3");
            Txn.executeWrite(dsg, () -> {
                dsg.prefixes().add("cydip", "https://w3id.org/cydip/ontology#");
                dsg.add(G1, s, p, NodeFactory.createLiteralString("FRA"));
                dsg.add(G2, s, p, NodeFactory.createLiteralString("FRA"));
            });
            String turtle = dump(dsg, Representation.turtle);
            Graph union = GraphFactory.createDefaultGraph();
            RDFParser.fromString(turtle, Lang.TURTLE).parse(union);
            assertEquals(1, union.size());
            assertTrue(turtle.contains("cydip:iso3"), turtle);

            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(new ByteArrayInputStream(dump(dsg, Representation.trig).getBytes())).lang(Lang.TRIG).parse(back);
            assertEquals(0, back.getDefaultGraph().size(), "no default graph in a quad dump");
            assertEquals(1, back.getGraph(G1).size());
            assertEquals(1, back.getGraph(G2).size());
        } finally {
            if (dir != null) {
                TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
                TestProject.delete(dir);
            }
        }
    }

    private static String dump(DatasetGraph dsg, Representation format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Dumps.write(dsg, format, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
