package org.w3id.cydip.portability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.QueryCatalogue;

/**
 * Every canned query, with every parameter set of {@code bench/portability-parameters.txt},
 * and every probe of {@code bench/portability-queries/} gives the same answer on
 * RDF4J's in-memory store as on Jena over the real graph: the same rows, in the
 * same order where the query orders them. The other engines (Virtuoso, Oxigraph)
 * are compared by {@code bench/portability-check.sh}, run on purpose.
 */
class Rdf4jAgreesWithJenaTest {
    static final Path PARAMETERS = Path.of("bench/portability-parameters.txt");
    static final Path PROBES = Path.of("bench/portability-queries");

    private static JenaEngine jena;
    private static Rdf4jEngine rdf4j;

    @BeforeAll
    static void load() {
        jena = new JenaEngine(TestProject.real().dataset());
        rdf4j = new Rdf4jEngine(TestProject.real().dataset());
    }

    @AfterAll
    static void close() {
        rdf4j.close();
    }

    @TestFactory
    Stream<DynamicTest> every_canned_query_and_probe_gives_the_same_answer_on_rdf4j_as_on_jena() {
        return Cases.read(TestProject.files(), PARAMETERS, PROBES).stream().filter(c -> c.skip() == null)
                .map(c -> DynamicTest.dynamicTest(c.label(), () -> {
                    Verdict v = PortabilityCheck.compare(jena.answer(c), rdf4j, c);
                    assertEquals("OK", v.kind(), c.label() + ": " + v.detail() + "\nquery sent to RDF4J:\n" + c.text());
                }));
    }

    @Test
    void every_canned_query_has_a_parameter_set_and_every_parameter_is_both_given_and_left_out() {
        List<Cases.ParameterSet> sets = Cases.ParameterSet.read(PARAMETERS);
        List<String> missing = new ArrayList<>();
        for (CannedQuery q : QueryCatalogue.load(TestProject.files()).all()) {
            List<Cases.ParameterSet> mine = sets.stream().filter(s -> s.query().equals(q.name())).toList();
            if (mine.isEmpty())
                missing.add(q.name() + " has no line");
            for (Parameter p : q.parameters()) {
                if (mine.stream().noneMatch(s -> s.values().containsKey(p.name())))
                    missing.add(q.name() + ": no line gives " + p.name());
                if (!p.mandatory() && mine.stream().allMatch(s -> s.values().containsKey(p.name())))
                    missing.add(q.name() + ": no line leaves " + p.name() + " out");
            }
        }
        assertTrue(missing.isEmpty(), PARAMETERS + ": " + missing);
    }
}
