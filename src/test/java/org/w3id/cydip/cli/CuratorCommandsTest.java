package org.w3id.cydip.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.Change;
import org.w3id.cydip.curate.ChangeLog;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.testing.ListeningSocket;

import picocli.CommandLine;

/** The curator's commands as the README shows them, on the example entries. */
class CuratorCommandsTest {
    @TempDir
    Path dir;
    Path home;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void project() {
        home = TestProject.create(dir.resolve("project")).root();
    }

    int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void validate_of_the_example_entry_exits_0() {
        assertEquals(0, run("validate", "--home", home.toString(), "src/test/resources/entries/vote-usa.ttl"), out + "" + err);
        assertTrue(out.toString().startsWith("Conforms"), out.toString());
    }

    @Test
    void validate_of_the_draft_exits_1_and_names_shape_value_and_line() {
        assertEquals(1, run("validate", "--home", home.toString(), "src/test/resources/entries/vote-usa-draft.ttl"));
        String report = out.toString();
        assertTrue(report.contains("cyds:VoteShape-voter (1): A vote needs exactly one voter"), report);
        assertTrue(report.contains("value <https://w3id.org/cydip/id/state/XYZ>"), report);
        assertTrue(report.contains("at src/test/resources/entries/vote-usa-draft.ttl:8"), report);
    }

    @Test
    void validate_of_a_syntax_error_exits_2_with_file_line_and_column() {
        assertEquals(2, run("validate", "--home", home.toString(), TestProject.entry("broken.ttl").toString()));
        assertTrue(err.toString().contains("broken.ttl:5:"), err.toString());
    }

    @Test
    void validate_of_an_entry_stating_a_derived_day_bound_exits_2_naming_the_line() {
        assertEquals(2, run("validate", "--home", home.toString(), TestProject.entry("derived-day-bound.ttl").toString()));
        assertTrue(err.toString().contains("derived-day-bound.ttl:14:") && err.toString().contains("cydip:latestDay is derived"),
                err.toString());
    }

    @Test
    void validate_reads_every_syntax_by_extension_in_json_too() {
        assertEquals(1, run("validate", "--home", home.toString(), "--format", "json",
                TestProject.entry("second-choice.rdf").toString(), TestProject.entry("second-iso3.jsonld").toString(),
                TestProject.entry("new-source-and-state.trig").toString()));
        assertTrue(out.toString().contains("\"conforms\" : false"), out.toString());
    }

    @Test
    void validate_of_jsonld_with_a_remote_context_exits_2_and_fetches_nothing() throws Exception {
        try (ListeningSocket socket = new ListeningSocket()) {
            Path entry = Files.writeString(dir.resolve("remote.jsonld"), socket.jsonldWithRemoteContext());
            assertEquals(2, run("validate", "--home", home.toString(), entry.toString()));
            assertTrue(err.toString().contains(RdfFiles.NO_REMOTE_CONTEXTS), err.toString());
            assertEquals(0, socket.connections());
        }
    }

    @Test
    void validate_reads_the_named_graphs_of_a_trig_entry_and_exits_1_on_their_violations() {
        assertEquals(1, run("validate", "--home", home.toString(), TestProject.entry("position-draft-in-graph.trig").toString()));
        assertTrue(out.toString().contains("value <https://w3id.org/cydip/id/state/XYZ>"), out.toString());
        assertTrue(out.toString().contains("position-draft-in-graph.trig:9"), out.toString());
    }

    @Test
    void export_changes_writes_each_accepted_entry_as_turtle_loadable_into_the_curated_graph() throws Exception {
        Path store = dir.resolve("store");
        Graph added = RDFDataMgr.loadGraph("src/test/resources/entries/vote-usa.ttl");
        ChangeLog.directory(CurateSettings.changeDir(store)).append(Change.of("alice", added));
        Path exported = dir.resolve("exported");
        assertEquals(0, run("export-changes", "--store", store.toString(), "--out",
                exported.toString()), err.toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(exported)) {
            files = s.toList();
        }
        assertEquals(1, files.size());
        assertTrue(files.get(0).getFileName().toString().startsWith("curated."));
        assertTrue(Files.readString(files.get(0)).contains("# curator: alice"));
        Graph back = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(back, files.get(0).toString());
        assertIsomorphic(added, back);
    }

    @Test
    void export_changes_writes_entries_with_blank_nodes_whole_and_every_later_entry_too() throws Exception {
        Path store = dir.resolve("store");
        ChangeLog log = ChangeLog.directory(CurateSettings.changeDir(store));
        String prefixes = "@prefix dcterms: <http://purl.org/dc/terms/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";
        Graph nested = turtle(prefixes + "<https://w3id.org/cydip/id/source/s1> dcterms:creator [ rdfs:label \"x\" ] .");
        Graph shared = turtle(prefixes + "_:c rdfs:label \"y\" .\n<https://w3id.org/cydip/id/source/s2> dcterms:creator _:c .\n"
                + "<https://w3id.org/cydip/id/source/s3> dcterms:creator _:c .");
        Graph plain = RDFDataMgr.loadGraph("src/test/resources/entries/vote-usa.ttl");
        for (Graph g : List.of(nested, shared, plain))
            log.append(Change.of("alice", g));
        Path exported = dir.resolve("exported");
        assertEquals(0, run("export-changes", "--store", store.toString(), "--out", exported.toString()), err.toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(exported)) {
            files = s.sorted().toList();
        }
        assertEquals(3, files.size(), files.toString());
        StringBuilder all = new StringBuilder();
        List<Graph> back = new java.util.ArrayList<>();
        for (Path f : files) {
            all.append(f).append(":\n").append(Files.readString(f));
            back.add(RDFDataMgr.loadGraph(f.toString()));
        }
        assertTrue(all.toString().contains("dcterms:creator [ rdfs:label \"x\" ]"), all.toString());
        for (Graph g : List.of(nested, shared, plain))
            assertTrue(back.stream().anyMatch(g::isIsomorphicWith), all.toString());
    }

    static Graph turtle(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void readme_example_conforms_and_its_draft_does_not() {
        // The README's example is written for the real graph: it cites sources already in it.
        String real = Path.of("").toAbsolutePath().toString();
        assertEquals(0, run("validate", "--home", real, "examples/interpol-cri.ttl"), out.toString());
        assertEquals(1, run("validate", "--home", real, "examples/interpol-cri-draft.ttl"));
        assertTrue(out.toString().contains("cyds:ParticipationActShape-actor (1)"), out.toString());
        assertTrue(out.toString().contains("value \"late 2023\"  at examples/interpol-cri-draft.ttl:23"), out.toString());
    }

    @Test
    void violation_on_an_existing_node_points_into_the_entry_not_the_data() throws Exception {
        Path entry = dir.resolve("rus.ttl");
        Files.writeString(entry, "\n\n<https://w3id.org/cydip/id/state/RUS> <https://w3id.org/cydip/ontology#iso3> \"RUZ\" .\n");
        assertEquals(1, run("validate", "--home", home.toString(), entry.toString()));
        assertTrue(out.toString().contains("at " + entry + ":3"), out.toString());
    }

    @Test
    void hash_password_prints_a_curators_line_that_verifies() {
        var stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("correct horse\n".getBytes()));
            assertEquals(0, run("hash-password", "alice"), err.toString());
        } finally {
            System.setIn(stdin);
        }
        String line = out.toString().strip();
        assertTrue(line.startsWith("alice:pbkdf2-sha512$"), line);
        assertTrue(org.w3id.cydip.curate.PasswordHash.verify("correct horse".toCharArray(), line.substring(6)));
    }
}
