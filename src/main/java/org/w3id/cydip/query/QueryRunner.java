package org.w3id.cydip.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;

/** Runs a SPARQL query on the dataset and writes its results in a chosen format. */
public final class QueryRunner {
    private QueryRunner() {}

    /** Parses {@code text}; {@code name} is what errors call it. */
    public static Query parse(String text, String name) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw SyntaxError.of(name, text, e);
        }
    }

    /** Reads and parses the query file {@code file}; a {@link QueryException} names it if it cannot. */
    public static Query read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new QueryException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public static void run(DatasetGraph dsg, Query query, ResultFormat format, OutputStream out) {
        run(dsg, query, BindingFactory.empty(), format, out);
    }

    /** Runs {@code query} with {@code params} substituted as RDF terms for its variables (never as text). */
    public static void run(DatasetGraph dsg, Query query, Binding params, ResultFormat format, OutputStream out) {
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(params).build()) {
                if (query.isSelectType())
                    writeRows(exec.select(), query, format, out);
                else if (query.isAskType())
                    writeAsk(exec.ask(), format, out);
                else
                    RDFDataMgr.write(out, query.isConstructType() ? exec.construct() : exec.describe(), format.graphLang);
            }
        });
    }

    private static void writeRows(RowSet rows, Query query, ResultFormat format, OutputStream out) {
        if (format.resultLang == null) {
            ResultSet rs = ResultSet.adapt(rows);
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            ResultSetFormatter.out(ps, rs, query.getPrologue());
            ps.flush();
        } else {
            ResultsWriter.create().lang(format.resultLang).write(out, rows);
        }
    }

    private static void writeAsk(boolean answer, ResultFormat format, OutputStream out) {
        var lang = format.resultLang == null ? ResultSetLang.RS_Text : format.resultLang;
        if (lang == ResultSetLang.RS_Text) {
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            ps.println(answer ? "yes" : "no");
            ps.flush();
        } else {
            ResultsWriter.create().lang(lang).write(out, answer);
        }
    }
}
