package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads from the in-memory copy answer as the store does, and never from a stale copy. */
class ReadCopyTest {
    private static final Node G1 = NodeFactory.createURI("https://w3id.org/cydip/graph/one");
    private static final Node G2 = NodeFactory.createURI("https://w3id.org/cydip/graph/two");
    private static final Node P = NodeFactory.createURI("urn:x:p");
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    Path dir;

    private final List<ReadCopy> made = new ArrayList<>();

    @AfterEach
    void tearDown() throws InterruptedException {
        // A copy is made in the background: let it end before the store is closed under it.
        for (ReadCopy r : made)
            for (int i = 0; i < 400 && r.copying(); i++)
                Thread.sleep(25);
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    @Test
    void reads_come_from_a_copy_that_answers_as_the_store_does() throws InterruptedException {
        DatasetGraph store = filled(3);
        ReadCopy reads = over(store, 100);
        awaitCopy(reads);
        assertEquals(count(store), count(reads));
        assertEquals(List.of("6"), select(reads, COUNT));
        assertEquals(List.of("3"), select(reads, "SELECT (COUNT(*) AS ?n) { GRAPH <" + G1.getURI() + "> { ?s ?p ?o } }"));
    }

    @Test
    void a_write_is_seen_by_the_next_read_and_the_copy_follows() throws InterruptedException {
        DatasetGraph store = filled(3);
        ReadCopy reads = over(store, 100);
        awaitCopy(reads);
        Txn.executeWrite(reads, () -> reads.add(G1, node("urn:x:new"), P, node("urn:x:o")));
        assertFalse(reads.copyIsCurrent());
        assertEquals(List.of("7"), select(reads, COUNT));
        awaitCopy(reads);
        assertEquals(List.of("7"), select(reads, COUNT));
    }

    @Test
    void a_deferred_copy_reads_the_store_until_it_is_started() throws InterruptedException {
        DatasetGraph store = filled(3);
        ReadCopy reads = (ReadCopy) ReadCopy.deferred(store, 100);
        made.add(reads);
        assertEquals(List.of("6"), select(reads, COUNT));
        Thread.sleep(200);
        assertFalse(reads.copyIsCurrent() || reads.copying(), "no copy before start");
        ReadCopy.start(reads);
        awaitCopy(reads);
        assertEquals(List.of("6"), select(reads, COUNT));
    }

    @Test
    void a_deferred_copy_made_now_is_current_when_make_returns() {
        DatasetGraph store = filled(3);
        ReadCopy reads = (ReadCopy) ReadCopy.deferred(store, 100);
        made.add(reads);
        ReadCopy.make(reads);
        assertTrue(reads.copyIsCurrent() && !reads.copying(), "the copy is made in the caller's thread");
        assertEquals(List.of("6"), select(reads, COUNT));
    }

    @Test
    void a_store_larger_than_the_bound_is_read_directly() throws InterruptedException {
        DatasetGraph store = filled(3);
        ReadCopy reads = over(store, 5);
        Thread.sleep(500);
        assertFalse(reads.copyIsCurrent());
        assertEquals(List.of("6"), select(reads, COUNT));
    }

    @Test
    void the_copy_is_read_with_the_stores_context_so_its_limits_hold() throws InterruptedException {
        DatasetGraph store = filled(200);
        store.getContext().set(ARQ.queryTimeout, "50");
        ReadCopy reads = over(store, 1_000);
        assertSame(store.getContext(), reads.getContext());
        awaitCopy(reads);
        // 400^3 rows: only the store's timeout, read through the copy, stops it.
        assertThrows(QueryCancelledException.class,
                () -> select(reads, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"));
    }

    @Test
    void no_bound_means_no_copy() {
        DatasetGraph store = filled(1);
        assertSame(store, ReadCopy.over(store, 0));
    }

    private ReadCopy over(DatasetGraph store, long maxQuads) {
        ReadCopy r = (ReadCopy) ReadCopy.over(store, maxQuads);
        made.add(r);
        return r;
    }

    private DatasetGraph filled(int perGraph) {
        DatasetGraph store = Store.open(dir);
        Txn.executeWrite(store, () -> {
            for (int i = 0; i < perGraph; i++) {
                store.add(G1, node("urn:x:s" + i), P, node("urn:x:o" + i));
                store.add(G2, node("urn:x:t" + i), P, node("urn:x:o" + i));
            }
        });
        return store;
    }

    private static void awaitCopy(ReadCopy reads) throws InterruptedException {
        for (int i = 0; i < 200 && !reads.copyIsCurrent(); i++) {
            Txn.executeRead(reads, () -> {}); // a read starts a copy when there is none
            Thread.sleep(25);
        }
        assertTrue(reads.copyIsCurrent(), "no copy was made");
    }

    private static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(dsg.find()));
    }

    private static List<String> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(query).select().stream()
                .map(b -> b.get("n").getLiteralLexicalForm()).toList());
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
