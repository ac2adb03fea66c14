package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cydip.load.ReadCopy;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * Every canned query answers from the read copy (its patterns ordered by the copy's
 * counts, as the server runs them) with the rows it gets from the store itself.
 */
class ReadCopyAnswersTest {
    private static QueryService fromStore;
    private static QueryService fromCopy;

    @BeforeAll
    static void load() throws InterruptedException {
        DatasetGraph store = ValidatedDataset.open(Fixtures.project(), null).dataset();
        Bounds.defaults().install(store.getContext());
        ReadCopy copy = (ReadCopy) ReadCopy.over(store, Long.MAX_VALUE);
        for (int i = 0; i < 400 && !copy.copyIsCurrent(); i++) {
            Txn.executeRead(copy, () -> {});
            Thread.sleep(25);
        }
        assertFalse(!copy.copyIsCurrent(), "the copy is made");
        fromStore = new QueryService(Fixtures.catalogue(), store, 0);
        fromCopy = new QueryService(Fixtures.catalogue(), copy, 0);
    }

    static List<String> names() {
        return Fixtures.catalogue().all().stream().map(CannedQuery::name).filter(n -> !n.startsWith("federated")).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("names")
    void a_canned_query_gets_the_same_rows_from_the_copy_as_from_the_store(String name) {
        List<String> expected = rows(fromStore.run(name, Map.of(), ResultFormat.json));
        assertNotEquals(List.of(), expected, name + " has rows on the real graph");
        List<String> actual = rows(fromCopy.run(name, Map.of(), ResultFormat.json));
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++)
            assertEquals(expected.get(i), actual.get(i), name + ": row " + i);
        assertEquals(expected.size(), actual.size(), name + ": rows");
    }

    /**
     * Rows in their order, each as its sorted bindings (blank nodes as one label). A
     * cell of sources (one GROUP_CONCAT: SPARQL leaves the order of its values open)
     * is compared as its set of values.
     */
    private static List<String> rows(byte[] json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json), ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> m = new TreeMap<>();
            s.varNames().forEachRemaining(v -> m.put(v, cell(v, s.get(v))));
            out.add(m.toString());
        }
        return out;
    }

    private static String cell(String column, RDFNode value) {
        if (value.isAnon())
            return "_:b";
        if (!column.startsWith("source"))
            return value.toString();
        return new TreeSet<>(List.of(value.toString().split(column.equals("sourceTitles") ? " \\| " : " ", -1))).toString();
    }
}
