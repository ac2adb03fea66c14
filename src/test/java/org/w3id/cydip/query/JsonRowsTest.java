package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cydip.validate.ValidatedDataset;

/** The JSON results writer writes, byte for byte, what Jena's writes. */
class JsonRowsTest {
    private static DatasetGraph store;

    @BeforeAll
    static void load() {
        store = ValidatedDataset.open(Fixtures.project(), null).dataset();
    }

    static List<String> names() {
        return ReadCopyAnswersTest.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void a_canned_query_is_written_as_jena_writes_it(String name) {
        CannedQuery q = Fixtures.catalogue().get(name);
        RowSetRewindable rows = Txn.calculateRead(store, () -> {
            try (QueryExec exec = QueryExec.dataset(store).query(q.query()).substitution(q.bind(Map.of())).build()) {
                return exec.select().rewindable();
            }
        });
        assertSame(rows, name);
    }

    @Test
    void every_kind_of_term_and_character_is_written_as_jena_writes_it() {
        Var a = Var.alloc("a"), b = Var.alloc("b"), c = Var.alloc("c");
        Node uri = NodeFactory.createURI("https://example.org/x</y?z=\"1\"");
        List<Node> terms = List.of(uri,
                NodeFactory.createLiteralString("tab\there \"quoted\" back\\slash </script> \u0001 \u0085 \u2028 é 漢 \uD83D\uDE00 \r\n"),
                NodeFactory.createLiteralLang("chaîne", "fr"),
                NodeFactory.createLiteralDirLang("نص", "ar", TextDirection.RTL),
                NodeFactory.createLiteralDT("2024-01-02", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate),
                NodeFactory.createLiteralString(""),
                NodeFactory.createBlankNode(), NodeFactory.createBlankNode("given"),
                NodeFactory.createTripleTerm(Triple.create(uri, uri, NodeFactory.createLiteralLang("o", "en"))));
        List<Binding> bindings = new java.util.ArrayList<>();
        for (int i = 0; i < terms.size(); i++)
            bindings.add(BindingFactory.builder().add(a, terms.get(i)).add(c, terms.get((i + 3) % terms.size())).build());
        bindings.add(BindingFactory.empty());
        assertSame(RowSetStream.create(List.of(a, b, c), bindings.iterator()).rewindable(), "made-up rows");
        assertSame(RowSetStream.create(List.of(a), List.<Binding>of().iterator()).rewindable(), "no rows");
        assertSame(RowSetStream.create(List.<Var>of(), List.of(BindingFactory.empty()).iterator()).rewindable(), "no variables");
    }

    private static void assertSame(RowSetRewindable rows, String what) {
        ByteArrayOutputStream jena = new ByteArrayOutputStream(), ours = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jena, rows, null);
        rows.reset();
        JsonRows.install();
        assertInstanceOf(JsonRows.class, RowSetWriterRegistry.getFactory(ResultSetLang.RS_JSON).create(ResultSetLang.RS_JSON));
        org.apache.jena.sparql.resultset.ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(ours, rows);
        assertEquals(jena.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8), what);
    }
}
