package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;

/**
 * Each ontology check ({@code ontology/checks/*-violation.rq}) finds nothing in the
 * project, and finds the error its fixture ({@code src/test/resources/checks/<check>.trig}) holds.
 */
class OntologyChecksTest {
    private static final Path FIXTURES = Path.of("src/test/resources/checks");
    private static final OntologyChecks CHECKS = OntologyChecks.load(TestProject.files());
    private static List<OntologyChecks.Failure> projectFailures;

    @BeforeAll
    static void runOnTheProject() {
        LoadedGraph loaded = GraphLoader.load(TestProject.files());
        projectFailures = CHECKS.run(OntologyChecks.dataset(loaded, Map.of()), loaded.prefixes());
    }

    static List<String> checks() {
        return CHECKS.names();
    }

    @Test
    void the_project_has_the_four_kinds_of_check() {
        assertTrue(checks().containsAll(List.of("missing-label-violation", "missing-definition-violation",
                "undefined-term-violation", "deprecated-term-in-use-violation")), checks().toString());
    }

    @ParameterizedTest(name = "{0} finds nothing in the project")
    @MethodSource("checks")
    void check_finds_nothing_in_the_project(String check) {
        assertEquals(List.of(), projectFailures.stream().filter(f -> f.check().equals(check)).toList());
    }

    @ParameterizedTest(name = "{0} finds the error in its fixture")
    @MethodSource("checks")
    void check_finds_the_error_in_its_fixture(String check) {
        Path fixture = FIXTURES.resolve(check + ".trig");
        assertTrue(Files.isRegularFile(fixture), "missing fixture " + fixture);
        DatasetGraph dsg = RDFParser.source(fixture).toDatasetGraph();
        var failures = CHECKS.run(dsg, PrefixMapping.Standard);
        assertTrue(failures.stream().anyMatch(f -> f.check().equals(check) && !f.rows().isEmpty()),
                check + " found nothing in " + fixture + "; all failures: " + failures);
    }
}
