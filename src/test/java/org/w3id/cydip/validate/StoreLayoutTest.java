package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.Store;

/** A store cydip makes has its four quad indexes; one made with TDB2's six keeps them, each loaded whole. */
class StoreLayoutTest extends ProjectStore {
    /** Each quad index's size, by name: an index the loader missed would be smaller. */
    private static List<Long> sizes(DatasetGraph tdb, List<String> indexes) {
        return Txn.calculateRead(tdb, () -> indexes.stream().map(i -> TDBInternal.findIndex(tdb, i).size()).toList());
    }

    @Test
    void a_new_store_has_four_quad_indexes_each_holding_every_quad() {
        DatasetGraph served = ValidatedStore.open(project, store).dataset();
        DatasetGraph tdb = Store.tdb(store);
        assertEquals(List.of("GSPO", "SPOG", "POSG", "OSPG"), Store.quadIndexes(tdb));
        assertTrue(Files.exists(store.resolve("tdb.cfg")), "TDB2 records the indexes with the store");
        long quads = Store.size(served);
        assertEquals(List.of(quads, quads, quads, quads), sizes(tdb, Store.quadIndexes(tdb)));
    }

    @Test
    void a_store_made_with_tdb2_s_six_indexes_keeps_them_and_the_build_loads_all_six() {
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(store.toString()));   // made as cydip made stores before
        DatasetGraph served = ValidatedStore.open(project, store).dataset();
        DatasetGraph tdb = Store.tdb(store);
        List<String> six = Store.quadIndexes(tdb);
        assertEquals(6, six.size(), six.toString());
        long quads = Store.size(served);
        assertEquals(List.of(quads, quads, quads, quads, quads, quads), sizes(tdb, six));
        TDBInternal.expel(tdb);
        assertEquals(six, Store.quadIndexes(Store.tdb(store)), "opened again, still read with its own indexes");
        assertEquals(Opening.How.REUSED, ValidatedStore.open(project, store).opening().how());
    }
}
