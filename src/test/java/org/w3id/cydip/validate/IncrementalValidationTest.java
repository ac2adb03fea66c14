package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.vocab.Cydip;

class IncrementalValidationTest {
    @TempDir
    static Path dir;
    static LoadedGraph base;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        base = GraphLoader.load(TestProject.create(dir));
        shapes = Validation.shapes(base.shapes());
        assertTrue(Validation.validate(shapes, base.union()).conforms(), "the fixture graph conforms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"new-state.ttl", "unknown-source.ttl", "vote-unknown-resolution.nt", "second-iso3.jsonld",
            "second-choice.rdf", "new-source-and-state.trig", "vote-usa.ttl",
            "vote-usa-draft.ttl", "duplicate-iso3.ttl", "duplicate-vote.ttl", "second-label-rus.ttl"})
    void incremental_result_equals_full_validation_of_graph_plus_entry(String file) {
        Graph entry = EntryCheck.read(List.of(TestProject.entry(file)), new Origins());
        Graph g = base.union();
        ValidationReport incremental = IncrementalValidation.validate(shapes, g, entry);
        ValidationReport full = Validation.validate(shapes, new Union(g, entry));
        assertEquals(results(full), results(incremental));
    }

    @Test
    void vote_citing_an_unknown_state_is_a_violation() {
        Graph entry = EntryCheck.read(List.of(Path.of("src/test/resources/entries/vote-usa-draft.ttl")), new Origins());
        ValidationReport r = EntryCheck.validate(base, shapes, entry);
        assertTrue(results(r).stream().anyMatch(s -> s.contains("ontology#voter>") && s.contains("state/XYZ")),
                () -> String.join("\n", results(r)));
    }

    @Test
    void entry_duplicating_an_existing_states_iso3_is_a_violation_on_both_states() {
        Set<String> r = results(EntryCheck.validate(base, shapes,
                EntryCheck.read(List.of(TestProject.entry("duplicate-iso3.ttl")), new Origins())));
        assertViolation(r, "UniqueStateIso3Shape", "state/ZZZ", "state/RUS");
        assertViolation(r, "UniqueStateIso3Shape", "state/RUS", "state/ZZZ");
    }

    @Test
    void entry_duplicating_an_existing_vote_is_a_violation_on_both_votes() {
        Set<String> r = results(EntryCheck.validate(base, shapes,
                EntryCheck.read(List.of(TestProject.entry("duplicate-vote.ttl")), new Origins())));
        // Checked per resolution: the resolution is the focus node, and both twins are named.
        assertViolation(r, "UniqueVoteShape", "instrument/A-RES-74-247", "vote/A-RES-74-247/RUS-again");
        assertViolation(r, "UniqueVoteShape", "instrument/A-RES-74-247", "vote/A-RES-74-247/RUS");
    }

    /** A violation of {@code shape} on the instance {@code focus} naming the instance {@code value} (id/ keys). */
    private static void assertViolation(Set<String> results, String shape, String focus, String value) {
        String id = "https://w3id.org/cydip/id/";
        String expected = "http://www.w3.org/ns/shacl#Violation " + id + focus + " null " + id + value
                + " https://w3id.org/cydip/shapes#" + shape + " ";
        assertTrue(results.stream().anyMatch(s -> s.startsWith(expected)),
                () -> "no " + expected + "\nin:\n" + String.join("\n", results));
    }

    @Test
    void conforming_entry_conforms() {
        Graph entry = EntryCheck.read(List.of(Path.of("src/test/resources/entries/vote-usa.ttl")), new Origins());
        assertFalse(Validation.hasViolations(EntryCheck.validate(base, shapes, entry)));
    }

    @Test
    void entry_changing_the_class_hierarchy_is_a_violation_not_a_full_validation() {
        Graph entry = EntryCheck.read(List.of(TestProject.entry("new-state.ttl")), new Origins());
        Triple axiom = Triple.create(Cydip.State, RDFS.subClassOf.asNode(), Cydip.Vote);
        entry.add(axiom);
        ValidationReport r = IncrementalValidation.validate(shapes, base.union(), entry);
        assertEquals(1, r.getEntries().size(), () -> String.join("\n", results(r)));
        ReportEntry e = r.getEntries().iterator().next();
        assertEquals(Severity.Violation, e.severity());
        assertEquals(SchemaChange.MESSAGE, e.message());
        assertEquals(axiom, Triple.create(e.focusNode(), ((P_Link) e.resultPath()).getNode(), e.value()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<https://w3id.org/cydip/id/state/FRA> rdfs:subClassOf cydip:Actor .",
            "cydip:voter rdfs:subPropertyOf cydip:holder .",
            "cydip:iso3 rdfs:domain cydip:Vote .",
            "cydip:iso3 rdfs:range xsd:integer .",
            "<http://example.org/Country> owl:equivalentClass cydip:State .",
            "cydip:State rdfs:label \"Country\"@en .",
            "cyds:StateShape sh:deactivated true .",
            "<http://example.org/s> sh:targetClass cydip:State ."})
    void entry_holding_a_schema_triple_is_a_violation(String triple) {
        Graph entry = org.apache.jena.riot.RDFParser.fromString("""
                PREFIX cydip: <https://w3id.org/cydip/ontology#>
                PREFIX cyds: <https://w3id.org/cydip/shapes#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                """ + triple, org.apache.jena.riot.Lang.TURTLE).toGraph();
        ValidationReport r = IncrementalValidation.validate(shapes, base.union(), entry);
        assertEquals(List.of(SchemaChange.MESSAGE), r.getEntries().stream().map(ReportEntry::message).toList());
        assertFalse(r.conforms());
    }

    @Test
    void data_entry_is_not_a_schema_change() {
        Graph entry = EntryCheck.read(List.of(TestProject.entry("new-source-and-state.trig")), new Origins());
        assertEquals(List.of(), SchemaChange.in(entry));
        assertTrue(IncrementalValidation.isLocal(shapes));
    }

    @Test
    void node_pointing_at_an_entry_subject_is_revalidated() {
        Shapes notB = Shapes.parse(org.apache.jena.riot.RDFParser.fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX ex: <http://example.org/>
                ex:S a sh:NodeShape ; sh:targetClass ex:A ;
                    sh:property [ sh:path ex:p ; sh:not [ sh:class ex:B ] ] .
                """, org.apache.jena.riot.Lang.TURTLE).toGraph());
        Graph g = org.apache.jena.riot.RDFParser.fromString(
                "<http://example.org/a1> a <http://example.org/A> ; <http://example.org/p> <http://example.org/x> .",
                org.apache.jena.riot.Lang.TURTLE).toGraph();
        Graph entry = org.apache.jena.riot.RDFParser.fromString(
                "<http://example.org/x> a <http://example.org/B> .", org.apache.jena.riot.Lang.TURTLE).toGraph();
        assertTrue(Validation.validate(notB, g).conforms());
        ValidationReport incremental = IncrementalValidation.validate(notB, g, entry);
        assertEquals(1, incremental.getEntries().size());
        assertEquals("http://example.org/a1", incremental.getEntries().iterator().next().focusNode().getURI());
        assertEquals(results(Validation.validate(notB, new Union(g, entry))), results(incremental));
    }

    static Set<String> results(ValidationReport r) {
        return r.getEntries().stream()
                .map(e -> e.severity().level() + " " + e.focusNode() + " " + e.resultPath() + " " + e.value() + " "
                        + e.source() + " " + e.message())
                .collect(Collectors.toSet());
    }
}
