package org.w3id.cydip.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.algebra.optimize.TransformReorder;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.util.Context;
import org.w3id.cydip.load.PatternOrder;

/**
 * Jena's standard optimiser, but on a read copy every basic graph pattern is first
 * ordered by the copy's counts ({@link PatternOrder}), so that a FILTER is then placed
 * right after the pattern that binds its variables. Jena places filters in the
 * written order and reorders only later, when it runs the pattern: a
 * {@code FILTER (LANG(?label) = "en")} on a state's label written last stays after
 * every other pattern, and each of a state's seven labels is joined with all of them
 * before six are dropped. Any other dataset is optimised as Jena does.
 */
final class CountedOptimizer extends OptimizerStd {
    private final Context context;

    CountedOptimizer(Context context) {
        super(context);
        this.context = context;
    }

    @Override
    protected Op transformFilterPlacement(Op op) {
        ReorderTransformation order = PatternOrder.of(defaultGraph(context));
        Op ordered = order == null ? op : apply("Order patterns by counts", new TransformReorder(order), op);
        return super.transformFilterPlacement(ordered);
    }

    private static Graph defaultGraph(Context context) {
        Object d = context.get(ARQConstants.sysCurrentDataset);
        DatasetGraph dsg = d instanceof Dataset ds ? ds.asDatasetGraph() : d instanceof DatasetGraph g ? g : null;
        return dsg == null ? null : dsg.getDefaultGraph();
    }
}
