package org.w3id.cydip.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.w3id.cydip.query.QueryException;
import org.w3id.cydip.query.QueryRunner;

/**
 * A query a page is made from and shows under "view the query": a canned query
 * or one of the page queries in {@code web/queries/}. Values are bound as RDF
 * terms by the engine; {@link #bound} is the same query with the values written
 * in, for a reader to run.
 */
public record PageQuery(String name, String text, Query query) {
    /** At most this many rows are kept of any page query. */
    static final int MAX_ROWS = 20_000;

    /** The page query {@code web/queries/NAME.rq} from the classpath. */
    static PageQuery resource(String name) {
        String path = "web/queries/" + name + ".rq";
        try (InputStream in = PageQuery.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null)
                throw new QueryException(path + ": no such page query");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new PageQuery(name, text, QueryRunner.parse(text, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A binding of variables (named without {@code ?}) to values. */
    static Binding binding(Map<String, Node> values) {
        BindingBuilder b = BindingBuilder.create();
        values.forEach((k, v) -> b.add(Var.alloc(k), v));
        return b.build();
    }

    /** Runs the query with {@code values} and keeps at most {@code limit} rows (all are counted). */
    public Table run(DatasetGraph dsg, Binding values, int limit) {
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).substitution(values).build()) {
                RowSet rows = exec.select();
                List<String> columns = rows.getResultVars().stream().map(Var::getVarName).toList();
                List<Map<String, Node>> kept = new ArrayList<>();
                int total = 0;
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    if (total++ >= Math.min(limit, MAX_ROWS))
                        continue;
                    Map<String, Node> m = new LinkedHashMap<>();
                    row.forEach((v, n) -> m.put(v.getVarName(), n));
                    kept.add(m);
                }
                return new Table(columns, kept, total);
            }
        });
    }

    public Table run(DatasetGraph dsg, Binding values) {
        return run(dsg, values, MAX_ROWS);
    }

    /**
     * The query with {@code values} written in as constants: what a reader pastes
     * into the editor. {@code BOUND(?x)} of a variable given a value becomes
     * {@code true}, since {@code BOUND} of a constant is not SPARQL.
     */
    public String bound(Binding values) {
        Map<Var, Node> map = new HashMap<>();
        values.forEach(map::put);
        ExprTransform boundIsTrue = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isVariable() && map.containsKey(arg.asVar()))
                    return NodeValue.TRUE;
                return super.transform(func, arg);
            }
        };
        Query q = QueryTransformOps.transform(query, new ElementTransformCopyBase(), boundIsTrue);
        return QueryTransformOps.replaceVars(q, map).serialize();
    }
}
