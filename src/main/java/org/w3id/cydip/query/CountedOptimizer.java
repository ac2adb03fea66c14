package org.w3id.cydip.query;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.Context;
import org.w3id.cydip.load.PatternOrder;

/**
 * Jena's standard optimiser, but on a read copy every basic graph pattern is first
 * ordered by the copy's counts ({@link PatternOrder}), so that a FILTER is then placed
 * right after the pattern that binds its variables. Jena places filters in the
 * written order and reorders only later, when it runs the pattern: a
 * {@code FILTER (LANG(?label) = "en")} on a state's label written last stays after
 * every other pattern, and each of a state's seven labels is joined with all of them
 * before six are dropped. A pattern binding a filtered variable is taken to keep a
 * tenth of its rows when a FILTER of the query tests that variable, so that a selective
 * filter is reached early. Any other dataset
 * is optimised as Jena does.
 */
final class CountedOptimizer extends OptimizerStd {
    private final Context context;

    CountedOptimizer(Context context) {
        super(context);
        this.context = context;
    }

    @Override
    protected Op transformFilterPlacement(Op op) {
        PatternOrder order = PatternOrder.of(defaultGraph(context));
        Op ordered = order == null ? op : apply("Order patterns by counts", new Ordering(order, op), op);
        return super.transformFilterPlacement(ordered);
    }

    /** Each basic graph pattern in {@code order}, the variables that any FILTER of the query tests taken as narrowing. */
    private static final class Ordering extends TransformCopy {
        private final PatternOrder order;

        Ordering(PatternOrder order, Op op) {
            Set<Var> filtered = new HashSet<>();
            OpWalker.walk(op, new OpVisitorBase() {
                @Override
                public void visit(OpFilter filter) {
                    filtered.addAll(filter.getExprs().getVarsMentioned());
                }

                @Override
                public void visit(OpLeftJoin join) {
                    if (join.getExprs() != null)
                        filtered.addAll(join.getExprs().getVarsMentioned());
                }
            });
            this.order = order.filtering(filtered);
        }

        @Override
        public Op transform(OpBGP bgp) {
            return new OpBGP(order.reorder(bgp.getPattern()));
        }
    }

    private static Graph defaultGraph(Context context) {
        Object d = context.get(ARQConstants.sysCurrentDataset);
        DatasetGraph dsg = d instanceof Dataset ds ? ds.asDatasetGraph() : d instanceof DatasetGraph g ? g : null;
        return dsg == null ? null : dsg.getDefaultGraph();
    }
}
