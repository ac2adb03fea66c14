package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.testing.ReportEntries;
import org.w3id.cydip.vocab.Cydip;

/**
 * A whole validation ({@link Validation#validateWhole}) reports exactly what Jena's
 * plain validation of the same graph reports, result for result and in the same
 * order, in one thread or on several: on every shape fixture, failing or passing, and on the real data with and
 * without entries that break it, and on votes that share good and bad values, each held in a TDB2 store as a cold build holds it
 * (named graphs by kind, validated through the union graph).
 */
class WholeValidationTest {
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");
    private static LoadedGraph real;
    private static Shapes shapes;

    @BeforeAll
    static void load() {
        real = GraphLoader.load(TestProject.files());
        shapes = Validation.shapes(real.shapes());
    }

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files.filter(f -> f.getFileName().toString().matches("(pass|fail)\\.ttl")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void a_fixture_gets_the_same_report_as_from_jena_s_plain_validation(Path fixture) {
        ValidationReport plain = sameReport(fixtureStore(fixture));
        if (fixture.endsWith("fail.ttl"))
            assertFalse(plain.conforms(), fixture + " should not conform");
    }

    @Test
    void values_shared_by_many_focus_nodes_good_and_bad_get_the_same_report_as_from_jena_s_plain_validation() {
        assertTrue(sameReport(fixtureStore(Path.of("src/test/resources/validate/shared-values.ttl"))).getEntries().size() >= 8, "every bad value is reported for every vote that has it");
    }

    @Test
    void the_real_data_gets_the_same_report_as_from_jena_s_plain_validation() {
        ValidationReport plain = sameReport(storeOf(real.graphs()));
        assertFalse(Validation.hasViolations(plain));
        assertFalse(plain.getEntries().isEmpty(), "the real data has warnings: a report to compare");
        assertFalse(plain.getGraph().getPrefixMapping().getNsPrefixMap().isEmpty(), "the store's prefixes are the report's");
    }

    @Test
    void the_real_data_with_broken_entries_gets_the_same_report_as_from_jena_s_plain_validation() {
        DatasetGraph dsg = storeOf(real.graphs());
        Txn.executeWrite(dsg, () -> {
            for (String entry : List.of("duplicate-iso3.ttl", "duplicate-vote.ttl", "second-choice.rdf", "second-iso3.jsonld",
                    "second-label-rus.ttl", "unknown-source.ttl", "vote-unknown-resolution.nt"))
                read(dsg, Cydip.graph("curated"), TestProject.ENTRIES.resolve(entry));
        });
        assertTrue(Validation.hasViolations(sameReport(dsg)));
    }

    @Test
    void a_graph_in_memory_alone_and_with_broken_entries_gets_the_same_report_as_from_jena_s_plain_validation() {
        Graph data = real.union();
        Graph entries = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        for (String entry : List.of("duplicate-iso3.ttl", "duplicate-vote.ttl", "unknown-source.ttl", "vote-unknown-resolution.nt"))
            RDFDataMgr.read(entries, TestProject.ENTRIES.resolve(entry).toString());
        assertSame(Validation.validate(shapes, data), Validation.validateWhole(shapes, data), "in memory");
        Graph both = new org.apache.jena.graph.compose.Union(data, entries);
        ValidationReport plain = Validation.validate(shapes, both);
        assertTrue(Validation.hasViolations(plain));
        assertSame(plain, Validation.validateWhole(shapes, both), "in memory, with entries");
    }

    /**
     * Asserts that the whole validations of the store's union graph (in one thread, on two
     * and on three) report what Jena's does, and returns Jena's report.
     */
    private static ValidationReport sameReport(DatasetGraph dsg) {
        ValidationReport plain = Txn.calculateRead(dsg, () -> Validation.validate(shapes, dsg.getUnionGraph()));
        for (int threads = 1; threads <= 3; threads++)
            assertSame(plain, Validation.validateWhole(shapes, dsg, threads), "on " + threads + " thread(s)");
        return plain;
    }

    private static void assertSame(ValidationReport plain, ValidationReport whole, String on) {
        assertEquals(ReportEntries.of(plain), ReportEntries.of(whole), on);
        assertEquals(plain.conforms(), whole.conforms(), on);
        assertTrue(plain.getGraph().isIsomorphicWith(whole.getGraph()), on + ": the report graphs differ");
        assertEquals(plain.getGraph().getPrefixMapping().getNsPrefixMap(), whole.getGraph().getPrefixMapping().getNsPrefixMap(), on);
    }

    /** A store of the ontology, the fixtures' base.ttl and {@code fixture}, each in a graph of its own. */
    private static DatasetGraph fixtureStore(Path fixture) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            real.graphs().get(Cydip.graph("ontology")).find().forEachRemaining(t -> dsg.add(Cydip.graph("ontology"), t.getSubject(), t.getPredicate(), t.getObject()));
            read(dsg, Cydip.graph("base"), FIXTURES.resolve("base.ttl"));
            read(dsg, Cydip.graph("fixture"), fixture);
        });
        return dsg;
    }

    private static DatasetGraph storeOf(Map<Node, Graph> graphs) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            graphs.forEach((name, g) -> g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject())));
            real.prefixes().getNsPrefixMap().forEach((prefix, iri) -> dsg.prefixes().add(prefix, iri));
        });
        return dsg;
    }

    private static void read(DatasetGraph dsg, Node graph, Path file) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, file.toString());
        g.find().forEachRemaining(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
    }
}
