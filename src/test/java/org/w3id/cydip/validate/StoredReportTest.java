package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.vocab.Cydip;

/** The report kept with a store: the same as a fresh whole validation of its content, and never read for other content. */
class StoredReportTest {
    private static final String PREFIXES = """
            @prefix cydip: <https://w3id.org/cydip/ontology#> .
            @prefix cyds: <https://w3id.org/cydip/shapes#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            """;
    /** Warnings from a named property shape (no symbol) and from a blank one (no abstract; named by its parent and sh:name). */
    private static final String UNCONFIRMED = PREFIXES + """
            <https://w3id.org/cydip/id/instrument/A-RES-75-240>
                a cydip:Resolution ;
                dcterms:title "A resolution whose symbol no source confirms" ;
                rdfs:label "A resolution whose symbol no source confirms"@en ;
                cydip:source <https://w3id.org/cydip/id/source/0000000000000001> .
            """;
    private static final String BLANK_SHAPE = PREFIXES + """
            cyds:AbstractShape a sh:NodeShape ;
                sh:targetClass cydip:Resolution ;
                sh:property [ sh:path dcterms:abstract ; sh:minCount 1 ; sh:name "abstract" ;
                              sh:severity sh:Warning ; sh:message "This resolution has no abstract."@en ] .
            """;

    @TempDir
    Path dir;
    ProjectFiles project;
    Path store;

    @BeforeEach
    void setUp() throws IOException {
        project = TestProject.create(dir.resolve("project"));
        store = dir.resolve("store");
        Files.writeString(project.root().resolve("data/unconfirmed.ttl"), UNCONFIRMED);
        Files.writeString(project.root().resolve("shapes/abstract.ttl"), BLANK_SHAPE);
    }

    @AfterEach
    void tearDown() {
        TDBInternal.expel(Store.tdb(store));
    }

    @Test
    void a_built_store_keeps_the_report_a_fresh_whole_validation_gives() {
        ValidatedDataset built = ValidatedStore.open(project, store);
        StoredReport kept = StoredReport.read(store, built.dataset()).orElseThrow();
        ValidationReport fresh = freshWholeValidation(built);
        assertEquals(3, fresh.getEntries().size(), "one resolution without a symbol, two without an abstract");
        ReportRenderer full = new ReportRenderer(built.loaded().shapes(), built.loaded().prefixes(), null, 1000);
        ReportRenderer stored = new ReportRenderer(kept.shapes(), built.loaded().prefixes(), null, 1000);
        assertEquals(full.text(fresh), stored.text(kept.report()));
        assertTrue(stored.text(kept.report()).contains("cyds:AbstractShape / abstract"), stored.text(kept.report()));
        assertEquals(results(full.json(fresh)), results(stored.json(kept.report())));
        assertEquals(ReportRenderer.summary(fresh), ReportRenderer.summary(kept.report()));
    }

    @Test
    void a_reused_store_reads_the_report_it_kept() {
        ValidatedStore.open(project, store);
        TDBInternal.expel(Store.tdb(store));
        ValidatedDataset reused = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REUSED, reused.opening().how());
        assertEquals(3, StoredReport.read(store, reused.dataset()).orElseThrow().report().getEntries().size());
    }

    @Test
    void a_changed_data_file_is_never_answered_from_the_old_report() throws IOException {
        ValidatedStore.open(project, store);
        Path data = project.root().resolve("data/unconfirmed.ttl");
        Files.writeString(data, Files.readString(data).replace("a cydip:Resolution ;", "a cydip:Resolution ; cydip:symbol \"A/RES/75/240\" ;"));
        ValidatedDataset updated = ValidatedStore.open(project, store);
        assertEquals(Opening.How.UPDATED, updated.opening().how(), updated.opening().toString());
        assertEquals(Optional.empty(), StoredReport.read(store, updated.dataset()));
    }

    @Test
    void a_curated_change_is_never_answered_from_the_old_report() {
        ValidatedDataset built = ValidatedStore.open(project, store);
        DatasetGraph dsg = built.dataset();
        Node entry = NodeFactory.createURI("urn:x:entry");
        Txn.executeWrite(dsg, () -> dsg.add(Cydip.graph("curated"), entry, entry, entry));
        assertEquals(Optional.empty(), StoredReport.read(store, dsg));
    }

    @Test
    void a_changed_shape_keeps_the_report_of_the_whole_validation_it_forces() throws IOException {
        ValidatedStore.open(project, store);
        Path shapes = project.root().resolve("shapes/abstract.ttl");
        Files.writeString(shapes, Files.readString(shapes).replace("sh:minCount 1 ; sh:name", "sh:minCount 2 ; sh:name"));
        ValidatedDataset revalidated = ValidatedStore.open(project, store);
        assertEquals(Opening.How.REVALIDATED, revalidated.opening().how(), revalidated.opening().toString());
        StoredReport kept = StoredReport.read(store, revalidated.dataset()).orElseThrow();
        ReportRenderer full = new ReportRenderer(revalidated.loaded().shapes(), revalidated.loaded().prefixes(), null, 1000);
        ReportRenderer stored = new ReportRenderer(kept.shapes(), revalidated.loaded().prefixes(), null, 1000);
        assertEquals(full.text(freshWholeValidation(revalidated)), stored.text(kept.report()));
    }

    @Test
    void a_damaged_report_file_is_no_report() throws IOException {
        ValidatedDataset built = ValidatedStore.open(project, store);
        Path file = store.resolve(StoredReport.FILE);
        Files.writeString(file, Files.readString(file).replace("result\t", "result\tbroken"));
        assertEquals(Optional.empty(), StoredReport.read(store, built.dataset()));
    }

    private static ValidationReport freshWholeValidation(ValidatedDataset data) {
        DatasetGraph dsg = data.dataset();
        return Txn.calculateRead(dsg, () -> Validation.validate(data.shapes(), dsg.getUnionGraph()));
    }

    /** The JSON results in any order. */
    private static List<String> results(String json) {
        JsonObject root = JSON.parse(json);
        return Arrays.stream(root.get("results").getAsArray().toArray(new JsonValue[0])).map(JsonValue::toString).sorted().toList();
    }
}
