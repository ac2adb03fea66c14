package org.w3id.cydip.replicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.curate.Change;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.curate.SealedPatch;
import org.w3id.cydip.load.DataVersion;
import org.w3id.cydip.load.Store;

/** What a replica checks before it applies a patch, and that a refused patch changes nothing. */
class PatchApplierTest {
    static final Node G = Change.GRAPH;
    static final Node S = NodeFactory.createURI("https://w3id.org/cydip/id/state/CAN");
    static final Node P = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    DatasetGraph dsg;

    @BeforeEach
    void open() {
        dsg = Store.open(null);
    }

    static SealedPatch patch(String prev, Consumer<RDFChanges> changes) {
        return SealedPatch.seal(prev, "alice", Instant.parse("2026-12-01T10:00:00Z"), changes);
    }

    static Node label(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    Set<Quad> quads() {
        return Txn.calculateRead(dsg, () -> Iter.toSet(dsg.find()));
    }

    @Test
    void a_patch_is_applied_with_its_id_and_the_data_version_moves() {
        SealedPatch p = patch(null, c -> c.add(G, S, P, label("Canada")));
        PatchApplier.apply(dsg, p);
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(G, S, P, label("Canada"))));
        assertEquals(p.id(), ChangeHead.id(dsg));
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), ChangeHead.read(dsg).orElseThrow().time());
        assertEquals(1, DataVersion.current(dsg));
    }

    @Test
    void a_patch_that_deletes_what_is_not_there_is_refused_and_changes_nothing() {
        SealedPatch first = patch(null, c -> c.add(G, S, P, label("Canada")));
        PatchApplier.apply(dsg, first);
        Set<Quad> before = quads();
        SealedPatch bad = patch(first.id(), c -> {
            c.add(G, S, P, label("Kanada"));
            c.delete(G, S, P, label("Canadá"));
        });
        var e = assertThrows(ReplicateException.Refused.class, () -> PatchApplier.apply(dsg, bad));
        assertTrue(e.getMessage().contains("does not hold"), e.getMessage());
        assertEquals(before, quads(), "nothing of the refused patch is applied");
        assertEquals(first.id(), ChangeHead.id(dsg));
    }

    @Test
    void a_patch_that_adds_what_is_there_is_refused() {
        SealedPatch first = patch(null, c -> c.add(G, S, P, label("Canada")));
        PatchApplier.apply(dsg, first);
        var e = assertThrows(ReplicateException.Refused.class,
                () -> PatchApplier.apply(dsg, patch(first.id(), c -> c.add(G, S, P, label("Canada")))));
        assertTrue(e.getMessage().contains("holds already"), e.getMessage());
    }

    @Test
    void a_patch_is_never_applied_twice_or_out_of_order() {
        SealedPatch first = patch(null, c -> c.add(G, S, P, label("Canada")));
        SealedPatch second = patch(first.id(), c -> c.add(G, S, P, label("Kanada")));
        var early = assertThrows(ReplicateException.Refused.class, () -> PatchApplier.apply(dsg, second));
        assertTrue(early.getMessage().contains("the chain is broken"), early.getMessage());
        assertNull(ChangeHead.id(dsg));
        PatchApplier.apply(dsg, first);
        var twice = assertThrows(ReplicateException.Refused.class, () -> PatchApplier.apply(dsg, first));
        assertTrue(twice.getMessage().contains("applied already"), twice.getMessage());
        PatchApplier.apply(dsg, second);
        assertEquals(second.id(), ChangeHead.id(dsg));
    }

    @Test
    void a_patch_that_writes_the_replicas_own_bookkeeping_is_refused() {
        SealedPatch bad = patch(null, c -> c.add(ChangeHead.GRAPH, ChangeHead.DATASET, P, label("forged")));
        var e = assertThrows(ReplicateException.Refused.class, () -> PatchApplier.apply(dsg, bad));
        assertTrue(e.getMessage().contains(ChangeHead.GRAPH.getURI()), e.getMessage());
        assertTrue(quads().isEmpty());
    }
}
