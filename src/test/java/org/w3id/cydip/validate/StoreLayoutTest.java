package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.load.StoreManifest;
import org.w3id.cydip.vocab.Cydip;

/** A store cydip makes has TDB2's six quad indexes, each holding every quad; a rebuilt one is made anew, keeping its own graphs. */
class StoreLayoutTest extends ProjectStore {
    private static final Node CURATED = Cydip.graph("curated");
    private static final Node ENTRY = NodeFactory.createURI("urn:x:entry");

    /** Each quad index's size, by name: an index the loader missed would be smaller. */
    private static List<Long> sizes(DatasetGraph tdb, List<String> indexes) {
        return Txn.calculateRead(tdb, () -> indexes.stream().map(i -> TDBInternal.findIndex(tdb, i).size()).toList());
    }

    @Test
    void a_new_store_has_tdb2_s_six_quad_indexes_each_holding_every_quad() {
        assertSixIndexesHoldingEveryQuad(ValidatedStore.open(project, store).dataset());
    }

    private void assertSixIndexesHoldingEveryQuad(DatasetGraph served) {
        DatasetGraph tdb = Store.tdb(store);
        List<String> indexes = Store.quadIndexes(tdb);
        assertEquals(List.of("GSPO", "GPOS", "GOSP", "POSG", "OSPG", "SPOG"), indexes);
        long quads = Store.size(served);
        assertEquals(Collections.nCopies(6, quads), sizes(tdb, indexes));
    }

    @Test
    void a_store_made_with_four_indexes_is_made_anew_with_six_keeping_its_curated_entries_and_prefixes() {
        // Made as cydip made stores for an hour on 3 December 2026: GPOS and GOSP left out.
        DatasetGraph old = DatabaseMgr.connectDatasetGraph(store.toString(),
                StoreParams.builder("four", StoreParams.getDftStoreParams()).quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build());
        Txn.executeWrite(old, () -> {
            old.add(CURATED, ENTRY, ENTRY, ENTRY);
            old.prefixes().add("old", "urn:x:old#");
        });
        assertEquals(4, Store.quadIndexes(old).size());
        TDBInternal.expel(old);
        ValidatedDataset rebuilt = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REBUILT, rebuilt.opening().how(), rebuilt.opening().toString());
        assertSixIndexesHoldingEveryQuad(rebuilt.dataset());
        DatasetGraph dsg = rebuilt.dataset();
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(CURATED, ENTRY, ENTRY, ENTRY), "the curated entry is kept");
            assertEquals("urn:x:old#", dsg.prefixes().get("old"), "and the store's prefixes");
        });
        assertFalse(Files.exists(store.resolve("cydip-kept.trig")), "the kept graphs' file goes once they are in");
        assertEquals(Opening.How.REUSED, ValidatedStore.open(project, store).opening().how());
    }

    @Test
    void a_relayout_interrupted_after_its_old_database_was_deleted_is_finished_from_the_kept_file() throws IOException {
        Files.createDirectories(store);
        Files.writeString(store.resolve("cydip-kept.trig"), "<" + CURATED.getURI() + "> { <urn:x:entry> <urn:x:entry> <urn:x:entry> . }\n");
        ValidatedDataset opened = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REBUILT, opened.opening().how(), opened.opening().toString());
        DatasetGraph dsg = opened.dataset();
        Txn.executeRead(dsg, () -> assertTrue(dsg.contains(CURATED, ENTRY, ENTRY, ENTRY)));
        assertSixIndexesHoldingEveryQuad(dsg);
        assertFalse(Files.exists(store.resolve("cydip-kept.trig")));
    }

    @Test
    void a_prefix_that_trig_cannot_write_is_left_out_and_the_rebuild_keeps_the_curated_entries() {
        DatasetGraph built = ValidatedStore.open(project, store).dataset();
        Txn.executeWrite(built, () -> {
            built.add(CURATED, ENTRY, ENTRY, ENTRY);
            built.prefixes().add("_x", "urn:x:u#");   // RDF/XML's namespaces allow it; TriG's prefixes do not
            built.prefixes().add("ns.", "urn:x:v#");
            built.prefixes().add("ok", "urn:x:ok#");
        });
        StoreManifest.remove(store);   // as an interrupted build or another cydip version leaves it
        ValidatedDataset rebuilt = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REBUILT, rebuilt.opening().how(), rebuilt.opening().toString());
        DatasetGraph dsg = rebuilt.dataset();
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(CURATED, ENTRY, ENTRY, ENTRY), "the curated entry is kept");
            assertEquals("urn:x:ok#", dsg.prefixes().get("ok"));
            assertFalse(dsg.prefixes().containsPrefix("_x"));
            assertFalse(dsg.prefixes().containsPrefix("ns."));
        });
        assertEquals(Opening.How.REUSED, ValidatedStore.open(project, store).opening().how());
    }

    @Test
    void a_kept_file_cut_off_before_its_last_line_is_written_again_from_the_intact_database() throws IOException {
        DatasetGraph built = ValidatedStore.open(project, store).dataset();
        Txn.executeWrite(built, () -> built.add(CURATED, ENTRY, ENTRY, ENTRY));
        TDBInternal.expel(Store.tdb(store));
        StoreManifest.remove(store);
        // A power cut after the file was named and before it was on the disk: empty, or cut off mid-way.
        Files.writeString(store.resolve("cydip-kept.trig"), "PREFIX ok: <urn:x:ok#>\n");
        ValidatedDataset opened = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REBUILT, opened.opening().how(), opened.opening().toString());
        DatasetGraph dsg = opened.dataset();
        Txn.executeRead(dsg, () -> assertTrue(dsg.contains(CURATED, ENTRY, ENTRY, ENTRY), "the curated entry comes from the database"));
        assertSixIndexesHoldingEveryQuad(dsg);
        assertFalse(Files.exists(store.resolve("cydip-kept.trig")));
    }

    @Test
    void a_rebuild_that_stopped_during_its_load_starts_again_with_the_curated_entries() {
        DatasetGraph built = ValidatedStore.open(project, store).dataset();
        Txn.executeWrite(built, () -> built.add(CURATED, ENTRY, ENTRY, ENTRY));
        StoreManifest.remove(store);   // as a rebuild begins
        org.w3id.cydip.load.StoreRelayout.emptied(store, ValidatedStore.OWN_GRAPHS);
        DatasetGraph partial = Store.tdb(store);   // the new store, part of the files loaded when the process stopped
        Txn.executeWrite(partial, () -> partial.add(Cydip.graph("partial"), ENTRY, ENTRY, ENTRY));
        TDBInternal.expel(partial);
        ValidatedDataset opened = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REBUILT, opened.opening().how(), opened.opening().toString());
        DatasetGraph dsg = opened.dataset();
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(CURATED, ENTRY, ENTRY, ENTRY), "the curated entry is kept");
            assertFalse(dsg.contains(Cydip.graph("partial"), ENTRY, ENTRY, ENTRY), "nothing of the stopped load is left");
        });
        assertSixIndexesHoldingEveryQuad(dsg);
        assertFalse(Files.exists(store.resolve("cydip-kept.trig")));
    }

    @Test
    void a_curated_blank_node_is_the_same_node_after_a_rebuild() {
        DatasetGraph built = ValidatedStore.open(project, store).dataset();
        Node part = NodeFactory.createBlankNode("entry-part");   // the change log's patches name it by this label
        Txn.executeWrite(built, () -> built.add(CURATED, ENTRY, ENTRY, part));
        StoreManifest.remove(store);
        ValidatedDataset rebuilt = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REBUILT, rebuilt.opening().how(), rebuilt.opening().toString());
        DatasetGraph dsg = rebuilt.dataset();
        Txn.executeRead(dsg, () -> assertTrue(dsg.contains(CURATED, ENTRY, ENTRY, part), "the blank node keeps its label"));
    }
}
