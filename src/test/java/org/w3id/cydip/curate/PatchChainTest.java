package org.w3id.cydip.curate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.validate.ValidatedDataset;

/** The change log as a chain of sealed patches, and the store's record of its last one. */
class PatchChainTest {
    static final Node INFERRED = NodeFactory.createURI("https://w3id.org/cydip/graph/inferred");
    @TempDir
    Path dir;
    DatasetGraph dsg;
    ChangeLog log;
    Curation curation;

    @BeforeEach
    void open() {
        ValidatedDataset data = ValidatedDataset.open(TestProject.create(dir.resolve("project")), null);
        dsg = data.dataset();
        log = ChangeLog.directory(dir.resolve("changes"));
        curation = new Curation(dsg, data.shapes(), log);
    }

    List<Path> files() {
        return PatchFiles.list(dir.resolve("changes"));
    }

    SealedPatch patch(int i) {
        return SealedPatch.verify(PatchFiles.bytes(files().get(i)));
    }

    @Test
    void each_patch_names_the_one_before_it_and_the_store_names_the_last() throws IOException {
        Change first = curation.accept(CurationTest.entry("src/test/resources/entries/vote-usa.ttl"), "alice").change();
        Change second = curation.accept(CurationTest.entry("src/test/resources/entries/new-state.ttl"), "bob").change();
        assertEquals(2, files().size());
        assertNull(patch(0).prev());
        assertEquals(first.id(), patch(0).digest());
        assertEquals(patch(0).id(), patch(1).prev());
        assertEquals(second.id(), patch(1).digest());
        assertEquals(patch(1).id(), ChangeHead.id(dsg));
        assertEquals("bob", patch(1).curator());
    }

    @Test
    void a_patch_read_while_it_was_still_being_written_is_found_once_it_is_complete() throws IOException {
        curation.accept(CurationTest.entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        Path file = files().get(0);
        byte[] whole = Files.readAllBytes(file);
        PatchIndex index = new PatchIndex(dir.resolve("changes"));
        Files.write(file, new byte[0]);  // as a reader sees a patch whose writer has not got far
        assertThrows(CurateException.class, () -> index.chainTo(ChangeHead.id(dsg)));
        Files.write(file, whole);
        assertEquals(ChangeHead.id(dsg), index.chainTo(ChangeHead.id(dsg)).get(0).id());
    }

    @Test
    void a_patch_whose_body_was_changed_does_not_verify() throws IOException {
        curation.accept(CurationTest.entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        byte[] bytes = PatchFiles.bytes(files().get(0));
        String text = new String(bytes, StandardCharsets.UTF_8).replace("\"alice\"", "\"mallory\"");
        var e = assertThrows(CurateException.BadPatch.class, () -> SealedPatch.verify(text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("does not match its id"), e.getMessage());
        assertArrayEquals(bytes, SealedPatch.verify(bytes).bytes());
    }

    @Test
    void the_patch_holds_every_quad_its_transaction_changed_in_any_graph() {
        Node s = NodeFactory.createURI("https://w3id.org/cydip/id/state/ZZZ");
        Node type = NodeFactory.createURI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
        Node state = NodeFactory.createURI("https://w3id.org/cydip/ontology#State");
        Node actor = NodeFactory.createURI("https://w3id.org/cydip/ontology#Actor");
        DatasetGraph view = log.recording(dsg);
        view.begin(TxnType.WRITE);
        try {
            view.add(Change.GRAPH, s, type, state);
            view.add(INFERRED, s, type, actor);
            view.add(Change.GRAPH, s, type, state); // already there: not a change
            log.append(Change.of("alice", org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
            view.commit();
        } finally {
            view.end();
        }
        RDFChangesCollector quads = new RDFChangesCollector();
        patch(0).patch().apply(quads);
        String text = RDFPatchOps.str(quads.getRDFPatch());
        assertEquals(2, text.lines().filter(l -> l.startsWith("A ")).count(), text);
        assertTrue(text.contains(INFERRED.getURI()), text);
    }

    @Test
    void a_transaction_that_changes_the_store_without_logging_it_is_refused() {
        DatasetGraph view = log.recording(dsg);
        Node s = NodeFactory.createURI("https://w3id.org/cydip/id/state/ZZZ");
        view.begin(TxnType.WRITE);
        try {
            view.add(Change.GRAPH, s, s, s);
            assertThrows(CurateException.class, view::commit);
        } finally {
            view.end();
        }
        assertFalse(Txn.calculateRead(dsg, () -> dsg.contains(Change.GRAPH, s, s, s)));
    }

    @Test
    void a_patch_whose_transaction_aborted_is_not_the_stores_last_and_is_set_aside() throws IOException {
        curation.accept(CurationTest.entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        String head = ChangeHead.id(dsg);
        DatasetGraph view = log.recording(dsg);
        view.begin(TxnType.WRITE);
        try {
            CurationTest.entry("src/test/resources/entries/new-state.ttl").find()
                    .forEachRemaining(t -> view.add(Change.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            log.append(Change.of("mallory", org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()));
            view.abort();
        } finally {
            view.end();
        }
        assertEquals(head, ChangeHead.id(dsg));
        assertEquals(2, files().size());
        assertEquals(1, log.reconcile(dsg));
        assertEquals(1, files().size());
        Change next = curation.accept(CurationTest.entry("src/test/resources/entries/new-state.ttl"), "bob").change();
        assertEquals(head, patch(1).prev(), "the next entry follows the last committed one");
        assertEquals(next.id(), patch(1).digest());
    }

    @Test
    void a_log_written_before_patches_were_sealed_is_sealed_once_in_order_and_keeps_its_entries() throws IOException {
        Path changes = dir.resolve("changes");
        Files.createDirectories(changes);
        Change a = Change.of("alice", CurationTest.entry("src/test/resources/entries/vote-usa.ttl"));
        Change b = new Change("0b6c2f9e-4f57-4b8e-9d1c-3a2f1e0d9c8b", "bob", a.time().plusSeconds(1),
                CurationTest.entry("src/test/resources/entries/new-state.ttl"));
        for (Change c : List.of(a, b)) {
            Files.write(PatchFiles.name(changes, c.time(), c.id()), legacyPatch(c));
            Txn.executeWrite(dsg, () -> c.added().find()
                    .forEachRemaining(t -> dsg.add(Change.GRAPH, t.getSubject(), t.getPredicate(), t.getObject())));
        }
        assertNull(ChangeHead.id(dsg));

        assertEquals(0, log.reconcile(dsg));
        assertNull(patch(0).prev());
        assertEquals(patch(0).id(), patch(1).prev());
        assertEquals(patch(1).id(), ChangeHead.id(dsg));
        assertEquals(b.time(), ChangeHead.read(dsg).orElseThrow().time());
        List<Change> logged = log.changes();
        assertEquals(List.of("alice", "bob"), logged.stream().map(Change::curator).toList());
        assertIsomorphic(a.added(), logged.get(0).added());
        assertIsomorphic(b.added(), logged.get(1).added());

        byte[] sealed = PatchFiles.bytes(files().get(1));
        assertEquals(0, log.reconcile(dsg));
        assertArrayEquals(sealed, PatchFiles.bytes(files().get(1)), "sealed once: a second start changes nothing");
    }

    @Test
    void a_store_rebuilt_with_its_entries_but_not_its_version_gets_the_last_change_again() throws IOException {
        curation.accept(CurationTest.entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        curation.accept(CurationTest.entry("src/test/resources/entries/new-state.ttl"), "bob");
        String head = ChangeHead.id(dsg);
        Txn.executeWrite(dsg, () -> dsg.deleteAny(ChangeHead.GRAPH, Node.ANY, Node.ANY, Node.ANY));
        assertEquals(0, log.reconcile(dsg));
        assertEquals(head, ChangeHead.id(dsg));
    }

    @Test
    void a_store_that_holds_a_change_its_log_lacks_is_an_error_that_names_it() throws IOException {
        curation.accept(CurationTest.entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        String head = ChangeHead.id(dsg);
        Files.delete(files().get(0));
        var e = assertThrows(CurateException.class, () -> log.reconcile(dsg));
        assertTrue(e.getMessage().contains(head), e.getMessage());
    }

    /** A patch as cydip wrote it before patches were sealed: {@code H id <uuid:...>}, curator, time, no prev. */
    static byte[] legacyPatch(Change c) {
        RDFChangesCollector p = new RDFChangesCollector();
        p.header("id", NodeFactory.createURI("uuid:" + c.id()));
        p.header(Change.CURATOR, NodeFactory.createLiteralString(c.curator()));
        p.header(Change.TIME, NodeFactory.createLiteralDT(c.time().toString(),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        p.txnBegin();
        c.addTo(p);
        p.txnCommit();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFPatchOps.write(out, p.getRDFPatch());
        return out.toByteArray();
    }
}
