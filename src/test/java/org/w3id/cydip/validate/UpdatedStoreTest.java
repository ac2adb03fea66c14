package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.Inference;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.vocab.Cydip;

/**
 * The updated path derives only what the difference touches ({@code Inference.refresh} per
 * changed subject), a build derives from the quads as it loads them ({@code DerivedOnLoad}):
 * the store an update leaves must be the one a build from the same files makes, quad for
 * quad, the derived graph included.
 */
class UpdatedStoreTest {
    private static final Node USA = Cydip.id("state", "USA");
    private static final Node VOTE = NodeFactory.createURI("https://w3id.org/cydip/id/vote/A-RES-74-247/RUS");
    private static final Node USA_VOTE = NodeFactory.createURI("https://w3id.org/cydip/id/vote/A-RES-74-247/USA");
    private static final Node TYPE = RDF.type.asNode();

    @TempDir
    Path dir;
    ProjectFiles project;
    Path base;

    @BeforeEach
    void setUp() {
        project = TestProject.create(dir.resolve("project"));
        base = project.root().resolve("data/base.ttl");
    }

    @AfterEach
    void tearDown() {
        TDBInternal.expel(Store.tdb(dir.resolve("store")));
        TDBInternal.expel(Store.tdb(dir.resolve("built")));
    }

    private ValidatedDataset open(String store) {
        return ValidatedStore.open(project, dir.resolve(store));
    }

    private ValidatedDataset updated() {
        ValidatedDataset updated = open("store");
        assertEquals(Opening.How.UPDATED, updated.opening().how(), updated.opening().toString());
        return updated;
    }

    private void edit(String from, String to) throws IOException {
        String text = Files.readString(base);
        assertTrue(text.contains(from), from);
        Files.writeString(base, text.replace(from, to));
    }

    @Test
    void a_changed_file_that_removes_a_type_leaves_no_stale_derived_type() throws IOException {
        open("store");
        assertTrue(inferred(open("store").dataset(), USA, TYPE).contains(Cydip.term("Actor").toString()));
        // The state USA, removed whole: its type and every fact about it.
        String text = Files.readString(base);
        int at = text.indexOf("<https://w3id.org/cydip/id/state/USA>");
        Files.writeString(base, text.substring(0, at) + text.substring(text.indexOf(" .\n", at) + 3));
        DatasetGraph dsg = updated().dataset();
        assertEquals(Set.of(), inferred(dsg, USA, TYPE));
        assertSameAsBuilt(dsg);
    }

    @Test
    void a_type_removed_from_one_file_but_asserted_in_another_keeps_its_derived_types() throws IOException {
        Files.writeString(project.root().resolve("data/extra.ttl"), """
                @prefix cydip: <https://w3id.org/cydip/ontology#> .
                <https://w3id.org/cydip/id/state/USA> a cydip:State .
                """);
        open("store");
        Set<String> before = inferred(open("store").dataset(), USA, TYPE);
        edit("""
                <https://w3id.org/cydip/id/state/USA>
                    a cydip:State ;
                """, """
                <https://w3id.org/cydip/id/state/USA>
                """);
        DatasetGraph dsg = updated().dataset();
        assertFalse(before.isEmpty());
        assertEquals(before, inferred(dsg, USA, TYPE));
        assertSameAsBuilt(dsg);
    }

    @Test
    void a_changed_file_that_adds_a_date_adds_its_day_bounds_and_a_changed_date_drops_the_old_ones() throws IOException {
        open("store");
        edit("    cydip:date \"2019-12-27\"^^xsd:date ;", "    cydip:date \"2019-12-18\"^^xsd:date ;");
        Files.writeString(base, Files.readString(base) + """

                <https://w3id.org/cydip/id/vote/A-RES-74-247/USA>
                    a cydip:Vote ;
                    cydip:voter <https://w3id.org/cydip/id/state/USA> ;
                    cydip:resolution <https://w3id.org/cydip/id/instrument/A-RES-74-247> ;
                    cydip:choice <https://w3id.org/cydip/id/vote-choice/no> ;
                    cydip:date "2019-12-18"^^xsd:date ;
                    cydip:source <https://w3id.org/cydip/id/source/0000000000000001> .
                """);
        DatasetGraph dsg = updated().dataset();
        String day = NodeFactory.createLiteralDT("2019-12-18", XSDDatatype.XSDdate).toString();
        for (Node vote : new Node[] {VOTE, USA_VOTE}) {
            assertEquals(Set.of(day), inferred(dsg, vote, Cydip.earliestDay));
            assertEquals(Set.of(day), inferred(dsg, vote, Cydip.latestDay));
        }
        assertFalse(inferred(dsg, USA_VOTE, TYPE).isEmpty(), "the new vote's derived types");
        assertSameAsBuilt(dsg);
    }

    @Test
    void a_rebuilt_store_derives_the_types_of_the_curated_entries_it_keeps() {
        open("store");
        Node entry = NodeFactory.createURI("urn:x:curated-state");
        DatasetGraph raw = Store.open(dir.resolve("store"));
        Txn.executeWrite(raw, () -> raw.add(Cydip.graph("curated"), entry, TYPE, NodeFactory.createURI("https://schema.org/Country")));
        new org.w3id.cydip.load.StoreManifest(0, "0.0.1-older", org.w3id.cydip.load.StoreManifest.read(dir.resolve("store")).orElseThrow().hashes())
                .write(dir.resolve("store"));
        ValidatedDataset rebuilt = open("store");
        assertEquals(Opening.How.REBUILT, rebuilt.opening().how(), rebuilt.opening().toString());
        assertTrue(inferred(rebuilt.dataset(), entry, TYPE).contains("https://schema.org/Place"), rebuilt.opening().toString());
    }

    /** The objects of {@code s p ?o} in the derived graph, as text. */
    private static Set<String> inferred(DatasetGraph dsg, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find(Inference.GRAPH, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject().toString())));
        return out;
    }

    /** Every quad of {@code updated} is in a store built from the same files, and the other way round. */
    private void assertSameAsBuilt(DatasetGraph updated) {
        ValidatedDataset built = open("built");
        assertEquals(Opening.How.BUILT, built.opening().how());
        assertEquals(quads(built.dataset()), quads(updated));
        // The manifests count the quads each store holds: the update kept its count exact.
        assertEquals(Store.size(updated), org.w3id.cydip.load.StoreManifest.read(dir.resolve("store")).orElseThrow().quads());
        assertEquals(Store.size(built.dataset()), org.w3id.cydip.load.StoreManifest.read(dir.resolve("built")).orElseThrow().quads());
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> out = new TreeSet<>();
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> out.add(q.toString())));
        return out;
    }
}
