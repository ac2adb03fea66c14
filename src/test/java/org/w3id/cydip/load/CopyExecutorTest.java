package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On a read copy, an OPTIONAL run once per left row gives the rows ARQ's own executor gives. */
class CopyExecutorTest {
    private static final String DATA = """
            @prefix : <urn:x:> .
            :a :type :T ; :date "2001" ; :latest "2001-12-31" ; :source :s1 , :s2 .
            :b :type :T ; :date "2002" .
            :c :type :U ; :source :s1 .
            :d :type :T .
            :s1 :label "one"@en , "un"@fr ; :url "http://one" .
            :s2 :label "deux"@fr .
            :T :notation "t" .
            """;
    private static final String NESTED = """
            PREFIX : <urn:x:>
            SELECT * WHERE {
              ?x :type ?t0 .
              OPTIONAL {
                ?x :type ?t . VALUES ?t { :T :V } ?t :notation ?n .
                OPTIONAL { ?x :date ?d ; :latest ?l }
                OPTIONAL { ?x :source ?s . OPTIONAL { ?s :label ?lab FILTER (LANG(?lab) = "en") } OPTIONAL { ?s :url ?u } }
              }
            } ORDER BY ?x ?s""";

    private static Graph parsed(Graph g) {
        RDFParser.fromString(DATA, Lang.TURTLE).parse(g);
        return g;
    }

    private static List<String> rows(DatasetGraph dsg, String query) {
        List<String> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> rows.add(b.toString()));
        }
        return rows;
    }

    private static DatasetGraph copy() {
        return installed((CopyGraph) parsed(new CopyGraph()));
    }

    /** {@code g} sealed as a read copy, in a dataset that runs queries with the copy's executor. */
    private static DatasetGraph installed(CopyGraph g) {
        g.seal(TripleCounts.of(g));
        DatasetGraph dsg = DatasetGraphFactory.wrap(g);
        CopyExecutor.install(dsg.getContext());
        return dsg;
    }

    private static Triple triple(String s, String p, String o) {
        return Triple.create(NodeFactory.createURI(s), NodeFactory.createURI(p), NodeFactory.createURI(o));
    }

    private static Op op(String sse) {
        return SSE.parseOp(sse);
    }

    @Test
    void nested_optionals_with_values_and_filters_give_the_rows_of_the_standard_executor() {
        List<String> expected = rows(DatasetGraphFactory.wrap(parsed(GraphFactory.createDefaultGraph())), NESTED);
        assertEquals(expected, rows(copy(), NESTED));
        assertEquals(5, expected.size());
    }

    @Test
    void a_filter_on_a_left_variable_inside_an_optional_sees_the_left_row() {
        String query = "PREFIX : <urn:x:> SELECT * { ?x :type ?t OPTIONAL { ?x :date ?d FILTER (?t = :T) } } ORDER BY ?x";
        List<String> expected = rows(DatasetGraphFactory.wrap(parsed(GraphFactory.createDefaultGraph())), query);
        assertEquals(expected, rows(copy(), query));
    }

    @Test
    void only_patterns_filters_values_sequences_and_optionals_run_without_a_substitution() {
        assertTrue(CopyExecutor.direct(op("(sequence (table (vars ?y) (row [?y 1])) (filter (> ?y 0) (bgp (?x <urn:x:p> ?y))))")));
        assertTrue(CopyExecutor.direct(op("(conditional (bgp (?x <urn:x:p> ?y)) (bgp (?y <urn:x:q> ?z)))")));
        assertFalse(CopyExecutor.direct(op("(project (?x) (bgp (?x <urn:x:p> ?y)))")));
        assertFalse(CopyExecutor.direct(op("(extend ((?z 1)) (bgp (?x <urn:x:p> ?z)))")));
    }

    @Test
    void not_exists_of_a_pattern_matched_once_gives_the_rows_of_the_standard_executor() {
        String query = """
                PREFIX : <urn:x:>
                SELECT * {
                  ?x :type ?t OPTIONAL { ?x :source ?s }
                  FILTER NOT EXISTS { ?s :label "deux"@fr }
                  FILTER NOT EXISTS { ?x :date [] }
                  OPTIONAL { ?x :type :T FILTER NOT EXISTS { ?s :url ?u } BIND (1 AS ?one) }
                  FILTER NOT EXISTS { ?nothing :type :V }
                } ORDER BY ?x ?s""";
        Graph plain = parsed(GraphFactory.createDefaultGraph());
        CopyGraph g = (CopyGraph) parsed(new CopyGraph());
        for (int i = 0; i < 3 * NotExistsOnce.ROW_BY_ROW; i++)   // past the rows tested as ARQ tests them
            for (Triple t : List.of(triple("urn:x:m" + i, "urn:x:type", i % 2 == 0 ? "urn:x:T" : "urn:x:U"),
                    triple("urn:x:m" + i, "urn:x:source", "urn:x:s" + (1 + i % 3)))) {
                plain.add(t);
                g.add(t);
            }
        DatasetGraph dsg = installed(g);
        List<String> expected = rows(DatasetGraphFactory.wrap(plain), query);
        assertEquals(expected, rows(dsg, query));
        assertTrue(expected.size() > 2 * NotExistsOnce.ROW_BY_ROW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"?x :source ?s", "?x :source ?s . ?s :label ?l", "?x :type ?t . ?y :type ?t . ?y :source ?s"})
    void rows_past_those_tested_as_arq_tests_them_with_unbound_variables_literals_and_shared_ones_give_arq_s_answer(String pattern) {
        // VALUES keeps its order: the rows after the first ROW_BY_ROW are looked up among the pattern's solutions.
        String filler = " (:a :s1) (:a :s3) (:c :s1) (:c :s2) (:b :s1) (:d :s1) (:a :s2) (:zz :s1) (:a :s1) (:c :s1)";
        String query = "PREFIX : <urn:x:> SELECT * { VALUES (?x ?s) {" + filler
                + " (:a UNDEF) (:b UNDEF) (:c UNDEF) (:d UNDEF) (UNDEF :s1) (UNDEF :s3) (UNDEF UNDEF) (\"1\" :s1) (:a \"x\")"
                + " (:a :s2) (:b :s2) } FILTER NOT EXISTS { " + pattern + " } }";
        assertTrue(filler.split("\\) \\(").length > NotExistsOnce.ROW_BY_ROW);
        assertEquals(rows(DatasetGraphFactory.wrap(parsed(GraphFactory.createDefaultGraph())), query), rows(copy(), query));
    }

    @Test
    void not_exists_of_a_pattern_with_too_many_solutions_is_tested_row_by_row() {
        Graph plain = parsed(GraphFactory.createDefaultGraph());
        CopyGraph g = (CopyGraph) parsed(new CopyGraph());
        for (int i = 0; i <= NotExistsOnce.MAX_SOLUTIONS; i++) {
            Triple t = Triple.create(NodeFactory.createURI("urn:x:n" + i), NodeFactory.createURI("urn:x:date"), NodeFactory.createLiteralString("" + i));
            Triple typed = triple("urn:x:n" + i, "urn:x:type", "urn:x:T");   // rows past those tested as ARQ tests them
            plain.add(t);
            g.add(t);
            plain.add(typed);
            g.add(typed);
        }
        DatasetGraph dsg = installed(g);
        String query = "PREFIX : <urn:x:> SELECT ?x { ?x :type ?t FILTER NOT EXISTS { ?x :date ?d } } ORDER BY ?x";
        List<String> expected = rows(DatasetGraphFactory.wrap(plain), query);
        assertEquals(expected, rows(dsg, query));
        assertEquals(2, expected.size());
    }
}
