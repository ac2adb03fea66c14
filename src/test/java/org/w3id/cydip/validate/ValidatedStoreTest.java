package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.load.StoreManifest;
import org.w3id.cydip.vocab.Cydip;

/** A store validated once per content: which path each start takes, and that each is exact. */
class ValidatedStoreTest extends ProjectStore {
    private static final Node RUS = Cydip.id("state", "RUS");
    private static final Node CURATED = Cydip.graph("curated");
    private static final Node BASE = Cydip.graph("base");
    /** A state without a label and with the ISO code of another: two violations a store must never serve. */
    private static final String BAD_STATE = """

            <https://w3id.org/cydip/id/state/XXX>
                a cydip:State ;
                cydip:iso3 "RUS" ;
                cydip:source <https://w3id.org/cydip/id/source/0000000000000001> .

            <https://w3id.org/cydip/id/vote/A-RES-74-247/RUS-twin>
                a cydip:Vote ;
                cydip:voter <https://w3id.org/cydip/id/state/RUS> ;
                cydip:resolution <https://w3id.org/cydip/id/instrument/A-RES-74-247> ;
                cydip:choice <https://w3id.org/cydip/id/vote-choice/no> ;
                cydip:date "2019-12-27"^^xsd:date ;
                cydip:source <https://w3id.org/cydip/id/source/0000000000000001> .
            """;

    Path data;

    @BeforeEach
    void setData() {
        data = project.root().resolve("data/base.ttl");
    }

    private ValidatedDataset open() {
        return ValidatedStore.open(project, store);
    }

    @Test
    void a_new_store_is_built_from_the_files_and_validated_whole() {
        ValidatedDataset first = open();
        assertEquals(Opening.How.BUILT, first.opening().how(), first.opening().toString());
        assertTrue(first.conforms());
        assertEquals(GraphLoader.load(project).union().size(), Txn.calculateRead(first.dataset(), () -> first.dataset().getUnionGraph().size()));
    }

    @Test
    void a_built_store_holds_the_same_derived_graph_as_the_load_in_memory() {
        ValidatedDataset first = open();
        Graph expected = GraphLoader.load(project).graphs().get(org.w3id.cydip.load.Inference.GRAPH);
        Graph stored = Txn.calculateRead(first.dataset(), () -> copy(first.dataset().getGraph(org.w3id.cydip.load.Inference.GRAPH)));
        assertTrue(expected.size() > 0, "the fixture derives something");
        assertTrue(expected.isIsomorphicWith(stored), "graph/inferred of the store differs from the in-memory load");
    }

    private static Graph copy(Graph g) {
        Graph c = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }

    @Test
    void an_unchanged_store_opens_without_validation_and_says_so() {
        open();
        // A fact no shape allows, put into the store behind cydip's back: a validation would refuse it.
        addDirectly(BASE, RUS, Cydip.term("iso3"), NodeFactory.createLiteralString("not a code"));
        ValidatedDataset again = open();
        assertEquals(Opening.How.REUSED, again.opening().how());
        assertTrue(again.opening().why().contains("not validated again"), again.opening().why());
        assertTrue(again.conforms());
    }

    @Test
    void a_changed_data_file_with_an_invalid_fact_is_refused_with_the_report_of_a_full_validation() throws IOException {
        open();
        String before = Files.readString(data);
        // Added facts (a state, a twin vote) and a removed one (the vote's source): all three kinds of touched node.
        Files.writeString(data, before.replaceFirst("    cydip:date \"2019-12-27\"\\^\\^xsd:date ;\n    cydip:source <[^>]+> \\.",
                "    cydip:date \"2019-12-27\"^^xsd:date .") + BAD_STATE);
        ValidatedDataset refused = open();
        assertEquals(Opening.How.UPDATED, refused.opening().how(), refused.opening().toString());
        assertNull(refused.dataset());

        LoadedGraph loaded = GraphLoader.load(project);
        ValidationReport full = Validation.validate(Validation.shapes(loaded.shapes()), loaded.union());
        assertTrue(full.getEntries().size() >= 4, full.getEntries().toString());
        assertEquals(lines(loaded.shapes(), full), lines(refused.loaded().shapes(), refused.report()));
        assertTrue(new ReportRenderer(refused.loaded().shapes(), refused.loaded().prefixes(), refused.loaded().origins(), 50)
                .text(refused.report()).contains("at data/base.ttl:"));

        // The refused difference was not applied: with the file as it was, the store opens as it was.
        Files.writeString(data, before);
        assertEquals(Opening.How.REUSED, open().opening().how());
    }

    @Test
    void a_changed_data_file_that_conforms_is_applied_and_validated_incrementally() throws IOException {
        open();
        Files.writeString(data, Files.readString(data).replace("\"United States of America\"@en", "\"United States\"@en"));
        ValidatedDataset updated = open();
        assertEquals(Opening.How.UPDATED, updated.opening().how(), updated.opening().toString());
        assertTrue(updated.opening().why().contains("2 triples added or removed"), updated.opening().why());
        DatasetGraph dsg = updated.dataset();
        Node usa = Cydip.id("state", "USA");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(BASE, usa, label, NodeFactory.createLiteralLang("United States", "en")));
            assertFalse(dsg.contains(BASE, usa, label, NodeFactory.createLiteralLang("United States of America", "en")));
        });
        assertEquals(Opening.How.REUSED, open().opening().how());
    }

    @Test
    void a_changed_shape_forces_a_full_validation() throws IOException {
        open();
        addDirectly(BASE, RUS, Cydip.term("iso3"), NodeFactory.createLiteralString("not a code"));
        Path shapes = project.root().resolve("shapes/cydip-shapes.ttl");
        Files.writeString(shapes, Files.readString(shapes) + "\n# a changed comment changes the shapes file\n");
        ValidatedDataset revalidated = open();
        assertEquals(Opening.How.REVALIDATED, revalidated.opening().how(), revalidated.opening().toString());
        // Only a validation of the whole store finds the fact no file touched.
        assertNull(revalidated.dataset());
        assertTrue(revalidated.report().getEntries().stream().anyMatch(e -> e.focusNode().equals(RUS)));
    }

    @Test
    void a_store_built_by_another_cydip_version_is_rebuilt_keeping_the_curated_entries() {
        open();
        new StoreManifest(StoreManifest.FORMAT - 1, "0.0.1-older", StoreManifest.read(store).orElseThrow().hashes()).write(store);
        Node stale = NodeFactory.createURI("urn:x:stale");
        addDirectly(BASE, stale, stale, stale);
        Node entry = NodeFactory.createURI("urn:x:entry");
        addDirectly(CURATED, entry, entry, entry);
        ValidatedDataset rebuilt = open();
        assertEquals(Opening.How.REBUILT, rebuilt.opening().how(), rebuilt.opening().toString());
        assertTrue(rebuilt.opening().why().contains("0.0.1-older"), rebuilt.opening().why());
        DatasetGraph dsg = rebuilt.dataset();
        Txn.executeRead(dsg, () -> {
            assertFalse(dsg.contains(BASE, stale, stale, stale), "what an older build put in a data graph is not read");
            assertTrue(dsg.contains(CURATED, entry, entry, entry), "curated entries are no file's: they stay");
        });
        assertEquals(Opening.How.REUSED, open().opening().how());
    }

    @Test
    void a_store_without_a_manifest_is_rebuilt() throws IOException {
        open();
        Files.delete(store.resolve("cydip-store.properties"));
        assertEquals(Opening.How.REBUILT, open().opening().how());
    }

    @Test
    void a_rebuild_that_does_not_conform_serves_nothing_and_keeps_the_curated_entries_for_the_next() throws IOException {
        open();
        Node entry = NodeFactory.createURI("urn:x:entry");
        addDirectly(CURATED, entry, entry, entry);
        Files.delete(store.resolve("cydip-store.properties"));
        String before = Files.readString(data);
        Files.writeString(data, before + BAD_STATE);
        ValidatedDataset refused = open();
        assertEquals(Opening.How.REBUILT, refused.opening().how(), refused.opening().toString());
        assertNull(refused.dataset());
        assertFalse(refused.conforms());
        assertFalse(Files.exists(store.resolve("cydip-store.properties")), "no manifest: the next start rebuilds");

        Files.writeString(data, before);
        ValidatedDataset rebuilt = open();
        assertEquals(Opening.How.REBUILT, rebuilt.opening().how(), rebuilt.opening().toString());
        DatasetGraph dsg = rebuilt.dataset();
        Txn.executeRead(dsg, () -> assertTrue(dsg.contains(CURATED, entry, entry, entry), "the curated entry is still there"));
    }

    @Test
    void a_store_another_process_is_opening_is_refused_as_a_locked_store_and_opens_once_it_is_let_go() throws IOException {
        Files.createDirectories(store);
        try (FileChannel other = FileChannel.open(store.resolve("cydip.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = other.lock()) {
            assertThrows(AlreadyLocked.class, this::open);
        }
        assertEquals(Opening.How.BUILT, open().opening().how());
        assertEquals(Opening.How.REUSED, open().opening().how(), "a start lets go of the lock once the store is open");
    }

    private void addDirectly(Node g, Node s, Node p, Node o) {
        DatasetGraph dsg = Store.open(store);
        Txn.executeWrite(dsg, () -> dsg.add(g, s, p, o));
    }

    /** The report as text, its lines sorted: the same results in any order. */
    private static List<String> lines(org.apache.jena.graph.Graph shapes, ValidationReport report) {
        String text = new ReportRenderer(shapes, org.apache.jena.shared.PrefixMapping.Standard, null, 1000).text(report);
        return Arrays.stream(text.split("\n")).sorted().toList();
    }

}
