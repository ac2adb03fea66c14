package org.w3id.cydip.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.Inference;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.validate.ValidatedDataset;
import org.w3id.cydip.vocab.Cydip;

class CurationTest {
    @TempDir
    Path dir;
    DatasetGraph dsg;
    Curation curation;
    ChangeLog log;
    Shapes shapes;

    @BeforeEach
    void open() {
        ValidatedDataset data = ValidatedDataset.open(TestProject.create(dir.resolve("project")), null);
        dsg = data.dataset();
        log = ChangeLog.directory(dir.resolve("changes"));
        shapes = data.shapes();
        curation = new Curation(dsg, shapes, log);
    }

    static Graph entry(String path) throws IOException {
        try (var in = new FileInputStream(path)) {
            return new EntryReader(1 << 20).read(in, "text/turtle").graph();
        }
    }

    @Test
    void conforming_entry_is_added_to_the_curated_graph_and_logged() throws IOException {
        long before = Store.size(dsg);
        Curation.Outcome out = curation.accept(entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        assertTrue(out.accepted());
        assertEquals(6, out.change().added().size());
        assertEquals(before + 6 + 2 + 2 + 2, Store.size(dsg), "the entry's 6 triples, its vote's 2 derived types (cydip:Act, "
                + "prov:Activity) and 2 day bounds, and the store's version (2 triples)");
        assertEquals(SealedPatch.ID_PREFIX + out.change().id(), ChangeHead.id(dsg));
        assertEquals(1, out.dataVersion());
        List<Change> logged = log.changes();
        assertEquals(1, logged.size());
        assertEquals("alice", logged.get(0).curator());
        assertIsomorphic(out.change().added(), logged.get(0).added());
    }

    @Test
    void accepted_entry_is_typed_with_its_superclasses_in_the_same_logged_patch() throws IOException {
        Curation.Outcome out = curation.accept(entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        Node vote = NodeFactory.createURI("https://w3id.org/cydip/id/vote/A-RES-74-247/USA");
        Txn.executeRead(dsg, () -> assertTrue(dsg.contains(Inference.GRAPH, vote, RDF.type.asNode(), Cydip.term("Act"))));
        Set<Quad> patched = new HashSet<>();
        PatchFiles.read(PatchFiles.list(dir.resolve("changes")).getFirst()).apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                patched.add(Quad.create(g, s, p, o));
            }
        });
        assertTrue(patched.contains(Quad.create(Inference.GRAPH, vote, RDF.type.asNode(), Cydip.term("Act"))), patched::toString);
        assertTrue(patched.contains(Quad.create(Inference.GRAPH, vote, RDF.type.asNode(),
                NodeFactory.createURI("http://www.w3.org/ns/prov#Activity"))));
        assertTrue(out.accepted());
    }

    @Test
    void rejected_entry_leaves_the_dataset_and_the_log_unchanged() throws IOException {
        Set<Quad> before = quads(dsg);
        Curation.Outcome out = curation.accept(entry("src/test/resources/entries/vote-usa-draft.ttl"), "alice");
        assertFalse(out.accepted());
        assertEquals(before, quads(dsg));
        assertTrue(log.changes().isEmpty());
        assertEquals(0, out.dataVersion());
    }

    @Test
    void resubmitted_entry_adds_nothing_and_logs_nothing() throws IOException {
        curation.accept(entry("src/test/resources/entries/vote-usa.ttl"), "alice");
        Curation.Outcome again = curation.accept(entry("src/test/resources/entries/vote-usa.ttl"), "bob");
        assertTrue(again.accepted());
        assertEquals(0, again.change().added().size());
        assertEquals(1, log.changes().size());
    }

    @Test
    void failing_change_log_surfaces_its_own_error_and_changes_nothing() throws IOException {
        CurateException diskFull = new CurateException("changes/x.rdfp: cannot write the change log: disk full");
        ChangeLog failing = new ChangeLog() {
            @Override
            public Change append(Change change) {
                throw diskFull;
            }

            @Override
            public List<Change> changes() {
                return List.of();
            }
        };
        Curation withFailingLog = new Curation(dsg, shapes, failing);
        Set<Quad> before = quads(dsg);
        Graph entry = entry("src/test/resources/entries/vote-usa.ttl");
        assertSame(diskFull, assertThrows(CurateException.class, () -> withFailingLog.accept(entry, "alice")));
        assertFalse(dsg.isInTransaction());
        assertEquals(before, quads(dsg));
        assertTrue(withFailingLog.accept(entry("src/test/resources/entries/vote-usa-draft.ttl"), "alice").report() != null,
                "the dataset takes the next transaction");
    }

    @Test
    void patch_whose_transaction_never_committed_is_set_aside_at_reconcile() throws IOException {
        log.append(Change.of("mallory", entry("src/test/resources/entries/vote-usa.ttl")));
        assertEquals(1, log.reconcile(dsg));
        assertTrue(log.changes().isEmpty());
    }

    @Test
    void an_in_memory_log_has_nothing_to_reconcile() throws IOException {
        ChangeLog memory = ChangeLog.inMemory();
        memory.append(Change.of("mallory", entry("src/test/resources/entries/vote-usa.ttl")));
        assertEquals(0, memory.reconcile(dsg));
        assertEquals(1, memory.changes().size());
    }

    /** Every quad of the dataset (the fixture has no blank nodes, so equality is exact). */
    static Set<Quad> quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.toSet(dsg.find()));
    }
}
