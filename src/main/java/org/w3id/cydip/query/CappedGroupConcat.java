package org.w3id.cydip.query;

import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code GROUP_CONCAT} whose string may grow to at most {@code max} characters,
 * else the query is cut ({@link QueryLimitException}): over a large product it
 * would otherwise grow until the heap is gone. Otherwise as Jena's.
 */
final class CappedGroupConcat extends AggGroupConcat {
    private final int max;

    CappedGroupConcat(Expr expr, String separator, int max) {
        super(expr, separator);
        this.max = max;
    }

    @Override
    public Aggregator copy(ExprList exprs) {
        return new CappedGroupConcat(exprs.get(0), getSeparator(), max);
    }

    @Override
    public Accumulator createAccumulator() {
        String sep = getSeparator() == null ? " " : getSeparator();
        return new AccumulatorExpr(getExpr(), false) {
            private final StringBuilder sb = new StringBuilder();
            private boolean first = true;

            @Override
            protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
                if (!first)
                    sb.append(sep);
                sb.append(nv.asString());
                first = false;
                if (sb.length() > max)
                    throw new QueryLimitException(StringCap.tooLong(max));
            }

            @Override
            protected void accumulateError(Binding binding, FunctionEnv env) {}

            @Override
            protected NodeValue getAccValue() {
                return NodeValue.makeString(sb.toString());
            }
        };
    }
}
