package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;

/** A new store's secondary quad indexes built by sorting hold what the phased loader's hold, in the same order, and take writes after. */
class SortedIndexesTest {
    @TempDir
    Path dir;
    private final List<Path> stores = new ArrayList<>();

    @AfterEach
    void tearDown() {
        stores.forEach(s -> TDBInternal.expel(Store.tdb(s)));
        BulkLoad.SORTED = !Boolean.getBoolean("cydip.load.phased");
        BulkLoad.SORT_BITS = Long.SIZE - 1;
    }

    /** A store of the test project, loaded with its indexes built by sorting or by the phased loader. */
    private Path loaded(String name, boolean sorted) {
        ProjectFiles project = TestProject.create(dir.resolve("project-" + name));
        Path store = dir.resolve(name);
        stores.add(store);
        BulkLoad.SORTED = sorted;
        BulkLoad.load(Store.tdb(store), project, BulkLoad.files(project), line -> {});
        return store;
    }

    /** Every quad index of the store, by name: its quads in the index's own order. */
    private static Map<String, List<Quad>> indexes(Path store) {
        DatasetGraph tdb = Store.tdb(store);
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(tdb).getQuadTable().getNodeTupleTable().getNodeTable();
        Map<String, List<Quad>> all = new LinkedHashMap<>();
        Txn.executeRead(tdb, () -> {
            for (String name : Store.quadIndexes(tdb)) {
                TupleIndex index = TDBInternal.findIndex(tdb, name);
                List<Quad> quads = new ArrayList<>();
                index.all().forEachRemaining(t -> quads.add(quad(nodes, t)));
                all.put(name, quads);
            }
        });
        return all;
    }

    private static Quad quad(NodeTable nodes, Tuple<NodeId> t) {
        return Quad.create(nodes.getNodeForNodeId(t.get(0)), nodes.getNodeForNodeId(t.get(1)), nodes.getNodeForNodeId(t.get(2)),
                nodes.getNodeForNodeId(t.get(3)));
    }

    @Test
    void only_a_store_just_made_has_indexes_to_build_by_sorting() {
        Path fresh = dir.resolve("fresh");
        stores.add(fresh);
        List<String> names = Store.quadIndexes(Store.tdb(fresh));
        assertTrue(SortedIndexes.pristine(Store.tdb(fresh), names.subList(1, names.size())));
        DatasetGraph tdb = Store.tdb(fresh);
        Txn.executeWrite(tdb, () -> tdb.prefixes().add("x", "urn:x:"));   // as a rebuild puts back the store's prefixes
        assertTrue(SortedIndexes.pristine(tdb, names.subList(1, names.size())));
        Path phased = loaded("phased", false);
        assertFalse(SortedIndexes.pristine(Store.tdb(phased), names.subList(1, names.size())));
    }

    @Test
    void indexes_built_by_sorting_hold_the_phased_loader_s_quads_in_the_same_order() {
        Map<String, List<Quad>> sorted = indexes(loaded("sorted", true));
        Map<String, List<Quad>> phased = indexes(loaded("phased", false));
        assertEquals(phased.keySet(), sorted.keySet());
        assertFalse(phased.get("GSPO").isEmpty());
        for (String name : phased.keySet())
            assertEquals(phased.get(name), sorted.get(name), name);
    }

    @Test
    void a_store_whose_indexes_were_built_by_sorting_takes_writes_and_reads_them_in_every_index() {
        Path store = loaded("sorted", true);
        DatasetGraph tdb = Store.tdb(store);
        Node g = NodeFactory.createURI("urn:x:g");
        List<Quad> before = indexes(store).get("GSPO");
        Txn.executeWrite(tdb, () -> {
            for (int i = 0; i < 3000; i++)
                tdb.add(g, NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v" + i));
            before.stream().limit(500).forEach(tdb::delete);
        });
        TDBInternal.expel(tdb);
        Map<String, List<Quad>> after = indexes(store);
        Set<Quad> expected = new HashSet<>(before.subList(500, before.size()));
        for (int i = 0; i < 3000; i++)
            expected.add(Quad.create(g, NodeFactory.createURI("urn:x:s" + i), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("v" + i)));
        after.forEach((name, quads) -> {
            assertEquals(expected.size(), quads.size(), name);
            assertEquals(expected, new HashSet<>(quads), name);
        });
    }

    @Test
    void indexes_too_wide_to_sort_are_filled_as_by_the_phased_loader() {
        Map<String, List<Quad>> phased = indexes(loaded("phased", false));
        BulkLoad.SORT_BITS = 0;   // no quad fits: the data phase alone, then the quads inserted into each other index
        Map<String, List<Quad>> inserted = indexes(loaded("inserted", true));
        assertEquals(phased, inserted);
    }
}
