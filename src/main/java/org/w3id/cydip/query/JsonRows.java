package org.w3id.cydip.query;

import static org.apache.jena.riot.rowset.rw.JSONResultsKW.*;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.TextDirection;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.impl.Util;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.riot.system.SyntaxLabels;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL JSON results, byte for byte as Jena's {@code RowSetWriterJSON} writes them
 * (the same layout, indentation and escaping), but each row built in memory and written
 * at once: Jena's writer passes every character of every value through an
 * {@code IndentedWriter} (a third of the time of a canned query with an 85 KB answer,
 * in one JVM). A boolean (ASK) is left to Jena's writer. {@link #install} makes it the
 * writer of {@code application/sparql-results+json}; {@link JsonRowsInit} calls it when Jena starts.
 */
public final class JsonRows implements RowSetWriter {
    private static final RowSetWriter JENA = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
    private static final int FLUSH_CHARS = 16 * 1024;

    private JsonRows() {}

    /** Makes this the JSON results writer of every Jena results writer in this JVM. */
    public static synchronized void install() {
        RowSetWriterRegistry.register(ResultSetLang.RS_JSON, lang -> new JsonRows());
    }

    @Override
    public void write(OutputStream out, RowSet rowSet, Context context) {
        Writer w = IO.asBufferedUTF8(out);
        boolean givenLabels = context != null && context.isTrue(ARQ.outputGraphBNodeLabels);
        new Table(w, givenLabels ? SyntaxLabels.createNodeToLabelAsGiven() : SyntaxLabels.createNodeToLabel()).write(rowSet);
        IO.flush(w);
    }

    @Override
    public void write(Writer out, RowSet rowSet, Context context) {
        JENA.write(out, rowSet, context);
    }

    @Override
    public void write(OutputStream out, boolean result, Context context) {
        JENA.write(out, result, context);
    }

    /** One result set: Jena's calls, on an indented line kept in a StringBuilder. */
    private static final class Table {
        private final Writer out;
        private final NodeToLabel labels;
        private final StringBuilder sb = new StringBuilder(FLUSH_CHARS + 1024);
        private int column, indent;

        Table(Writer out, NodeToLabel labels) {
            this.out = out;
            this.labels = labels;
        }

        void write(RowSet rows) {
            print("{");
            indent += 2;
            println(quote(kHead), ": {");
            indent += 2;
            print(quote(kVars), ": [ ");
            indent += 2;
            List<Var> vars = rows.getResultVars();
            for (int i = 0; i < vars.size(); i++) {
                print("\"", vars.get(i).getVarName(), "\"");
                if (i + 1 < vars.size())
                    print(" , ");
            }
            indent -= 2;
            println(" ]");
            indent -= 2;
            print("}");
            println(" ,");
            writeRows(rows, vars);
            indent -= 2;
            println("}");
            drain();
        }

        private void writeRows(RowSet rows, List<Var> vars) {
            println(quote(kResults), ": {");
            indent += 2;
            println(quote(kBindings), ": [");
            indent += 2;
            for (boolean first = true; rows.hasNext(); first = false) {
                Binding b = rows.next();
                if (!first)
                    println(" ,");
                writeRow(vars, b);
                if (sb.length() > FLUSH_CHARS)
                    drain();
            }
            println();
            indent -= 2;
            println("]");
            indent -= 2;
            println("}");
        }

        private void writeRow(List<Var> vars, Binding b) {
            print("{ ");
            indent += 2;
            boolean first = true;
            for (Var v : vars) {
                Node value = b.get(v);
                if (value == null)
                    continue;
                if (!first)
                    print(" ,");
                println();
                print(quote(v.getVarName()), ": ");
                writeValue(value);
                first = false;
            }
            println();
            indent -= 2;
            print("}");
        }

        private void writeValue(Node value) {
            boolean triple = value.isTripleTerm();
            if (triple)
                println("{");
            else
                print("{ ");
            indent += 2;
            if (value.isLiteral())
                writeLiteral(value);
            else if (value.isURI())
                print(quote(kType), ": ", quote(kUri), " , ", quote(kValue), ": ", quote(value.getURI()));
            else if (value.isBlank())
                print(quote(kType), ": ", quote(kBnode), " , ", quote(kValue), ": ", quote(labels.get(null, value).substring(2)));
            else if (triple)
                writeTriple(value.getTriple());
            else
                throw new UnsupportedOperationException("a term of a result that SPARQL JSON cannot write: " + value);
            if (triple)
                println();
            else
                print(" ");
            indent -= 2;
            print("}");
        }

        private void writeLiteral(Node literal) {
            if (Util.isSimpleString(literal) || Util.isLangString(literal) || Util.isDirLangString(literal)) {
                String lang = literal.getLiteralLanguage();
                TextDirection direction = literal.getLiteralBaseDirection();
                print(quote(kType), ": ", quote(kLiteral), " , ");
                if (lang != null && !lang.isEmpty())
                    print(quote(kXmlLang), ": ", quote(lang), " , ");
                if (direction != null)
                    print(quote(kBaseDirection), ": ", quote(direction.direction()), " , ");
            } else
                print(quote(kType), ": ", quote(kLiteral), " , ", quote(kDatatype), ": ", quote(literal.getLiteralDatatypeURI()), " , ");
            print(quote(kValue), ": ", quote(literal.getLiteralLexicalForm()));
        }

        private void writeTriple(Triple t) {
            print(quote(kType), ": ", quote(kTriple), " , ");
            println();
            print(quote(kValue), ": ");
            println("{");
            indent += 2;
            print(quote(kSubject), ": ");
            print(" ");
            writeValue(t.getSubject());
            println(" ,");
            print(quote(kPredicate), ": ");
            writeValue(t.getPredicate());
            println(" ,");
            print(quote(kObject), ": ");
            print("  ");
            writeValue(t.getObject());
            indent -= 2;
            println();
            print("}");
        }

        /** As IndentedWriter prints text without line breaks: padded to the indent first. */
        private void print(String... parts) {
            for (String s : parts)
                if (!s.isEmpty()) {
                    pad();
                    sb.append(s);
                    column += s.length();
                }
        }

        private void println(String... parts) {
            print(parts);
            println();
        }

        private void println() {
            pad();
            sb.append('\n');
            column = 0;
        }

        private void pad() {
            for (; column < indent; column++)
                sb.append(' ');
        }

        private void drain() {
            try {
                out.write(sb.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sb.setLength(0);
        }
    }

    /** A JSON string as Jena's JSWriter quotes it (JsonIO.escape: "/" escaped only after "<"). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '/' -> b.append(i > 0 && s.charAt(i - 1) == '<' ? "\\/" : "/");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < ' ' || ch >= '\u007F' && ch <= '\u009F' || ch >= '\u2000' && ch < '\u2100')
                        b.append(String.format("\\u%04X", (int) ch));
                    else
                        b.append(ch);
                }
            }
        }
        return b.append('"').toString();
    }
}
