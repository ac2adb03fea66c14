package org.w3id.cydip.portability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.cydip.TestProject;

/**
 * No canned query returns a bare source IRI: every column holding source documents'
 * IRIs ({@code sources}, or {@code source}) comes with their titles and URLs
 * ({@code sourceTitles} and {@code sourceUrls}, or {@code sourceTitle} and
 * {@code sourceUrl}), and every row that has a source has a title for it. Run with
 * every parameter set of {@code bench/portability-parameters.txt}, on the real graph.
 */
class SourceColumnsTest {
    static final String SOURCE = "https://w3id.org/cydip/id/source/";

    private static DatasetGraph dsg;

    @BeforeAll
    static void load() {
        dsg = TestProject.real().dataset();
    }

    @TestFactory
    Stream<DynamicTest> every_column_of_source_iris_comes_with_titles_and_urls_and_a_sourced_row_has_a_title() {
        return Cases.read(TestProject.files(), Rdf4jAgreesWithJenaTest.PARAMETERS, null).stream()
                .filter(c -> c.skip() == null && c.query().isSelectType())
                .map(c -> DynamicTest.dynamicTest(c.label(), () -> {
                    List<String> problems = problems(run(c));
                    assertTrue(problems.isEmpty(), c.label() + ": " + problems);
                }));
    }

    /** What is wrong with the rows' source columns, at most a few of them. */
    static List<String> problems(Rows rs) {
        List<String> out = new ArrayList<>();
        for (String col : rs.vars()) {
            if (rs.rows().stream().noneMatch(r -> citesSource(r, col)))
                continue;
            String title = partner(col, "Title"), url = partner(col, "Url");
            for (String needed : List.of(title, url))
                if (!rs.vars().contains(needed))
                    out.add("column " + col + " holds source IRIs but there is no column " + needed);
            rs.rows().stream().filter(r -> citesSource(r, col) && blank(r.get(title))).limit(3)
                    .forEach(r -> out.add("a row cites " + text(r.get(col)) + " with no " + title + ": " + r));
        }
        return out;
    }

    /** {@code sources} goes with {@code sourceTitles}, {@code source} with {@code sourceTitle}. */
    static String partner(String col, String what) {
        boolean plural = col.endsWith("s");
        String stem = plural ? col.substring(0, col.length() - 1) : col;
        return stem + what + (plural ? "s" : "");
    }

    private static boolean citesSource(Binding r, String col) {
        String v = text(r.get(col));
        return v != null && Stream.of(v.strip().split("\\s+")).anyMatch(t -> t.startsWith(SOURCE));
    }

    private static boolean blank(Node n) {
        return n == null || text(n).isBlank();
    }

    private static String text(Node n) {
        if (n == null)
            return null;
        return n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : "";
    }

    private static Rows run(Case c) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(c.query()).substitution(c.params()).build()) {
                RowSet rs = exec.select();
                Set<String> vars = new java.util.LinkedHashSet<>();
                rs.getResultVars().forEach(v -> vars.add(v.getVarName()));
                List<Binding> rows = new ArrayList<>();
                rs.forEachRemaining(rows::add);
                return new Rows(vars, rows);
            }
        });
    }

    /** A result: its columns and rows. */
    record Rows(Set<String> vars, List<Binding> rows) {}
}
