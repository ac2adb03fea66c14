package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;

/** The difference of re-read files with a TDB2 store, which keeps some literals by value. */
class StoreDifferenceTest {
    private static final Node G = NodeFactory.createURI("urn:graph"), S = NodeFactory.createURI("urn:s"), P = NodeFactory.createURI("urn:p");

    private static StoreDifference of(DatasetGraph store, Node... objects) {
        Graph files = GraphFactory.createDefaultGraph();
        for (Node o : objects)
            files.add(S, P, o);
        return new StoreDifference.Files(Map.of(G, files), new PrefixMappingImpl(), new Origins()).against(store);
    }

    @Test
    void a_non_canonical_number_that_the_store_holds_by_value_is_neither_removed_nor_added() {
        DatasetGraph store = TDB2Factory.createDataset().asDatasetGraph();
        Node fileForm = NodeFactory.createLiteralDT("05", XSDDatatype.XSDnonNegativeInteger);
        Txn.executeWrite(store, () -> store.add(G, S, P, fileForm));   // TDB2 reads it back as "5"
        StoreDifference d = of(store, fileForm, NodeFactory.createLiteralDT("1.50", XSDDatatype.XSDdecimal));
        assertTrue(d.removed().get(G).isEmpty(), "the fact the file still gives was to be removed: " + d.removed().get(G));
        assertEquals(1, d.added().get(G).size(), "only the new fact is added");
    }

    @Test
    void a_fact_the_files_no_longer_give_is_removed() {
        DatasetGraph store = TDB2Factory.createDataset().asDatasetGraph();
        Node old = NodeFactory.createLiteralDT("7", XSDDatatype.XSDinteger);
        Txn.executeWrite(store, () -> store.add(G, S, P, old));
        StoreDifference d = of(store, NodeFactory.createLiteralDT("8", XSDDatatype.XSDinteger));
        assertEquals(1, d.removed().get(G).size());
        assertEquals(1, d.added().get(G).size());
    }
}
