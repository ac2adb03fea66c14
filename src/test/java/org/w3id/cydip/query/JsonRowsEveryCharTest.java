package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.datatypes.BaseDatatype;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.junit.jupiter.api.Test;

/** JsonRows writes every UTF-16 unit (each also after '<' and before '/') as Jena's JSON writer does. */
class JsonRowsEveryCharTest {
    @Test
    void every_utf16_unit_in_a_literal_a_uri_and_a_datatype_is_written_as_jena_writes_it() {
        Var a = Var.alloc("a");
        List<Binding> rows = new ArrayList<>();
        for (int from = 0; from < 0x10000; from += 64) {
            StringBuilder sb = new StringBuilder();
            for (int c = from; c < from + 64; c++) { sb.append('<').append((char) c).append('/').append((char) c); }
            String s = sb.toString();
            for (Node n : List.of(NodeFactory.createLiteralString(s), NodeFactory.createURI("urn:x:" + s),
                    NodeFactory.createLiteralDT("1", new BaseDatatype("urn:dt:" + s))))
                rows.add(BindingFactory.binding(a, n));
        }
        rows.add(BindingFactory.binding(a, NodeFactory.createLiteralLang("x", "en-Latn-US")));
        RowSetRewindable rs = RowSetStream.create(List.of(a), rows.iterator()).rewindable();
        ByteArrayOutputStream jena = new ByteArrayOutputStream(), ours = new ByteArrayOutputStream();
        RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON).write(jena, rs, null);
        rs.reset();
        JsonRows.install();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(ours, rs);
        String j = jena.toString(StandardCharsets.UTF_8), o = ours.toString(StandardCharsets.UTF_8);
        if (!j.equals(o)) {
            int i = 0;
            while (i < Math.min(j.length(), o.length()) && j.charAt(i) == o.charAt(i)) i++;
            assertEquals(j.substring(Math.max(0, i - 80), Math.min(j.length(), i + 80)), o.substring(Math.max(0, i - 80), Math.min(o.length(), i + 80)));
        }
    }
}
