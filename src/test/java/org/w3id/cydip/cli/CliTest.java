package org.w3id.cydip.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;

/** The command line: exit codes 0 / 1 / 2 and reports a person can act on. */
class CliTest {
    private static final String PREFIXES = """
            @prefix cydip: <https://w3id.org/cydip/ontology#> .
            @prefix id: <https://w3id.org/cydip/id/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            """;
    private static final String GOOD = PREFIXES + """
            id:source\\/s a cydip:SourceDocument ; rdfs:label "S"@en ; cydip:url "https://example.org/s"^^xsd:anyURI .
            id:state\\/FRA a cydip:State ; rdfs:label "France"@en ; cydip:iso3 "FRA" ; cydip:source id:source\\/s .
            """;
    private static final String BAD_STATE = PREFIXES + """
            id:source\\/s a cydip:SourceDocument ; rdfs:label "S"@en ; cydip:url "https://example.org/s"^^xsd:anyURI .

            id:state\\/FRA
                a cydip:State ;
                rdfs:label "France"@en ;
                cydip:iso3 "France" ;
                cydip:source id:source\\/s .
            """;

    private Path project;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        project = TestProject.emptyCopy();
    }

    @AfterEach
    void tearDown() {
        TestProject.delete(project);
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void help_lists_the_commands() {
        assertEquals(0, run("--help"));
        for (String c : new String[] {"serve", "validate", "query", "export"})
            assertTrue(out.toString().contains(c), out.toString());
    }

    @Test
    void serve_refuses_to_start_on_data_that_breaks_a_shape_and_says_where() throws IOException {
        Files.writeString(project.resolve("data/states.ttl"), BAD_STATE);
        int code = run("serve", "--home", project.toString(), "--port", "0");
        String report = err.toString();
        assertEquals(1, code, report);
        assertTrue(report.contains("cyds:StateShape-iso3"), report);
        assertTrue(report.contains("id:state/FRA") || report.contains("state/FRA"), report);
        assertTrue(report.contains("\"France\""), report);
        assertTrue(report.contains("data/states.ttl:8"), report);
        assertTrue(report.contains("three capital letters"), report);
    }

    @Test
    void validate_exits_0_when_the_project_conforms() throws IOException {
        Files.writeString(project.resolve("data/states.ttl"), GOOD);
        assertEquals(0, run("validate", "--home", project.toString()), out + "" + err);
        assertTrue(out.toString().startsWith("Conforms"), out.toString());
    }

    @Test
    void validate_answers_an_unchanged_store_from_its_kept_report_and_a_changed_one_by_validating() throws IOException {
        Path store = project.resolve("store");
        Files.writeString(project.resolve("data/states.ttl"), GOOD);
        assertEquals(0, run("validate", "--home", project.toString(), "--store", store.toString()), out + "" + err);
        String first = out.toString();
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        assertEquals(0, run("validate", "--home", project.toString(), "--store", store.toString()), out + "" + err);
        assertEquals(first, out.toString());
        assertTrue(err.toString().contains("the report kept with the store for its content"), err.toString());
        Files.writeString(project.resolve("data/states.ttl"), BAD_STATE);
        err.getBuffer().setLength(0);
        assertEquals(1, run("validate", "--home", project.toString(), "--store", store.toString()), out + "" + err);
        assertTrue(!err.toString().contains("kept"), err.toString());
    }

    @Test
    void validate_exits_1_with_a_report_on_an_entry_that_breaks_a_shape() throws IOException {
        Path entry = project.resolve("entry.ttl");
        Files.writeString(entry, BAD_STATE);
        assertEquals(1, run("validate", "--home", project.toString(), entry.toString()));
        assertTrue(out.toString().startsWith("Does not conform (1 violation"), out.toString());
        assertTrue(out.toString().contains(entry + ":8"), out.toString());
    }

    @Test
    void validate_exits_2_naming_file_line_and_column_on_a_syntax_error() throws IOException {
        Path entry = project.resolve("broken.ttl");
        Files.writeString(entry, PREFIXES + "id:state\\/FRA a cydip:State ;\n    cd:iso3 \"FRA\" .\n");
        assertEquals(2, run("validate", "--home", project.toString(), entry.toString()));
        assertTrue(err.toString().contains(entry + ":6:"), err.toString());
        assertTrue(err.toString().contains("cd"), err.toString());
    }

    @Test
    void validate_exits_2_on_a_missing_file_and_an_unknown_syntax() throws IOException {
        assertEquals(2, run("validate", "--home", project.toString(), project.resolve("nope.ttl").toString()));
        assertTrue(err.toString().contains("nope.ttl: no such file"), err.toString());
        Path odd = Files.writeString(project.resolve("entry.xyz"), "x");
        assertEquals(2, run("validate", "--home", project.toString(), odd.toString()));
        assertTrue(err.toString().contains("unknown RDF syntax"), err.toString());
    }

    @Test
    void validate_reports_in_json_and_turtle_for_machines() throws IOException {
        Path entry = project.resolve("entry.ttl");
        Files.writeString(entry, BAD_STATE);
        assertEquals(1, run("validate", "--home", project.toString(), "--format", "json", entry.toString()));
        assertTrue(out.toString().contains("\"conforms\" : false"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(1, run("validate", "--home", project.toString(), "--format", "turtle", entry.toString()));
        assertTrue(out.toString().contains("sh:ValidationReport"), out.toString());
    }

    @Test
    void validate_checks_passes_a_project_whose_terms_are_all_defined() throws IOException {
        Files.writeString(project.resolve("data/states.ttl"), GOOD);
        assertEquals(0, run("validate", "--home", project.toString(), "--checks"), out + "" + err);
        assertTrue(out.toString().contains("Ontology checks pass"), out.toString());
    }

    @Test
    void validate_checks_exits_1_naming_a_term_an_entry_uses_but_the_ontology_does_not_define() throws IOException {
        Files.writeString(project.resolve("data/states.ttl"), GOOD);
        Path entry = Files.writeString(project.resolve("entry.ttl"), PREFIXES + "id:state\\/FRA cydip:nickname \"Fr\"@en .\n");
        assertEquals(1, run("validate", "--home", project.toString(), "--checks", entry.toString()), out + "" + err);
        assertTrue(out.toString().startsWith("Conforms"), out.toString());
        assertTrue(out.toString().contains("[check] undefined-term-violation (1)"), out.toString());
        assertTrue(out.toString().contains("term cydip:nickname  graph <https://w3id.org/cydip/graph/entries>"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(1, run("validate", "--home", project.toString(), "--checks", "--format", "json", entry.toString()));
        assertTrue(out.toString().contains("\"check\" : \"undefined-term-violation\""), out.toString());
    }

    @Test
    void unknown_options_are_usage_errors() {
        assertEquals(2, run("validate", "--no-such-option"));
        assertEquals(2, run("query", "--format", "nonsense", "x.rq"));
    }

    @Test
    void query_runs_a_file_on_the_graph() throws IOException {
        Files.writeString(project.resolve("data/states.ttl"), GOOD);
        Path q = Files.writeString(project.resolve("q.rq"),
                "PREFIX cydip: <https://w3id.org/cydip/ontology#>\nSELECT ?iso3 WHERE { ?s cydip:iso3 ?iso3 }");
        assertEquals(0, run("query", "--home", project.toString(), "--format", "csv", q.toString()));
        assertEquals("iso3\r\nFRA\r\n", out.toString());
    }

    @Test
    void query_exits_2_on_a_misspelt_name_suggesting_the_nearest() throws IOException {
        Files.createDirectories(project.resolve("queries"));
        Files.copy(Path.of("queries/votes-on-resolution.rq"), project.resolve("queries/votes-on-resolution.rq"));
        assertEquals(2, run("query", "--home", project.toString(), "votes-on-resolutoin"));
        assertTrue(err.toString().contains("did you mean votes-on-resolution?"), err.toString());
    }

    @Test
    void query_exits_2_on_a_parameter_value_that_names_nothing_in_the_graph() throws IOException {
        Files.writeString(project.resolve("data/states.ttl"), GOOD);
        Files.createDirectories(project.resolve("queries"));
        Files.copy(Path.of("queries/votes-on-resolution.rq"), project.resolve("queries/votes-on-resolution.rq"));
        assertEquals(2, run("query", "--home", project.toString(), "votes-on-resolution", "--param", "resolution=A/RES/99/1"));
        assertTrue(err.toString().contains("parameter \"resolution\": \"A/RES/99/1\" names nothing in the graph"),
                err.toString());
    }

    @Test
    void query_exits_2_naming_line_and_column_on_a_bad_query() throws IOException {
        Path q = Files.writeString(project.resolve("bad.rq"), "SELECT ?x WHERE { ?x ?y }");
        assertEquals(2, run("query", "--home", project.toString(), q.toString()));
        assertTrue(err.toString().contains("bad.rq:1:"), err.toString());
        assertEquals(3, err.toString().lines().count(), "one line, the query line and a caret: " + err);
        assertTrue(err.toString().endsWith("^" + System.lineSeparator()), err.toString());
    }
}
