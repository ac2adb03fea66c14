package org.w3id.cydip.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.ReadCopy;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.server.Limits;
import org.w3id.cydip.load.ProjectFiles;

/**
 * A fresh JVM's first runs of the canned queries, as side_by_side.py sends them (the
 * text bound by bench/BoundQueries.java; in the catalogue's order up to the named one,
 * each once cold and then five times), on the read copy with the server's bounds; per
 * run, the thread's CPU in ms for parse, execute (rows into memory) and the SPARQL JSON
 * writing. Not a test: {@code FirstRunsBench [last-query-name]}; {@code -Donly=1} runs the
 * named query alone, {@code -Druns=N} runs it N times, {@code -Dplan=1} prints its optimised
 * algebra. With {@code -Xint} it counts interpreted work, steady to about 1%, but that did not
 * predict the compiled runs: a change that cut it 8% made the cold run 5 ms slower (LangIs, StrOf,
 * dropped); judge a change by the cold run and runs 2-6 of several fresh JVMs.
 */
public final class FirstRunsBench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private FirstRunsBench() {}

    public static void main(String[] args) throws Exception {
        String last = args.length > 0 ? args[0] : "budapest-convention-parties";
        ProjectFiles project = ProjectFiles.directory(Path.of(""));
        DatasetGraph store = Store.open(null);
        Store.fill(store, GraphLoader.load(project));
        Limits.defaults().bounds().install(store.getContext());
        ReadCopy copy = (ReadCopy) ReadCopy.over(store, Long.MAX_VALUE);
        while (!copy.copyIsCurrent()) {
            Txn.executeRead(copy, () -> {});
            Thread.sleep(20);
        }
        for (CannedQuery q : QueryCatalogue.load(project).all()) {
            if (System.getProperty("only") != null && !q.name().equals(last))
                continue;
            Map<Var, Node> bound = new HashMap<>();
            q.bind(Map.of()).forEach(bound::put);
            String text = QueryTransformOps.replaceVars(q.query(), bound).toString();
            StringBuilder line = new StringBuilder(q.name());
            int runs = q.name().equals(last) ? Integer.getInteger("runs", 6) : 6;
            for (int i = 0; i < runs; i++)
                line.append(i == 1 ? " |" : "").append(' ').append(run(copy, text));
            System.out.println(line);
            if (q.name().equals(last)) {
                if (System.getProperty("plan") != null)
                    Txn.executeRead(copy, () -> {
                        var cxt = org.apache.jena.sparql.util.Context.mergeCopy(org.apache.jena.query.ARQ.getContext(), copy.getContext());
                        cxt.set(org.apache.jena.sparql.ARQConstants.sysCurrentDataset, copy);
                        var op = org.apache.jena.sparql.algebra.Algebra.compile(QueryFactory.create(text, Syntax.syntaxARQ));
                        System.out.println(org.apache.jena.sparql.algebra.Algebra.optimize(op, cxt));
                    });
                break;
            }
        }
    }

    private static String run(DatasetGraph dsg, String text) {
        long t0 = CPU.getCurrentThreadCpuTime();
        Query query = QueryFactory.create(text, Syntax.syntaxARQ);
        long t1 = CPU.getCurrentThreadCpuTime();
        long[] t = new long[2];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                RowSet rows = RowSetMem.create(exec.select());
                t[0] = CPU.getCurrentThreadCpuTime();
                ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(out, rows);
                t[1] = CPU.getCurrentThreadCpuTime();
            }
        });
        return String.format("%.1f/%.1f/%.1f", (t1 - t0) / 1e6, (t[0] - t1) / 1e6, (t[1] - t[0]) / 1e6);
    }
}
