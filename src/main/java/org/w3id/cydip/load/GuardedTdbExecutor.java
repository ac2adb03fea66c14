package org.w3id.cydip.load;

import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's executor, except that a basic graph pattern with no rows coming into it
 * gives no rows. Jena 6.0.0's {@code OpExecutorTDB2} fails such a pattern of two or
 * more triples with "Peek iterator is already empty" (a 500 for
 * budapest-convention-parties on a graph with no parties); Jena 6.1.0 fixed it
 * (GH-3751: "OpExecutorTDB: Test input on entry"). Remove this class with that upgrade.
 */
final class GuardedTdbExecutor extends OpExecutorTDB2 {
    private static final OpExecutorFactory FACTORY = GuardedTdbExecutor::new;

    private GuardedTdbExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Makes TDB2 queries on {@code tdb} use this executor. */
    static void install(DatasetGraph tdb) {
        QC.setFactory(tdb.getContext(), FACTORY);
        QC.setFactory(TDBInternal.getDatasetGraphTDB(tdb).getContext(), FACTORY);
    }

    @Override
    protected QueryIterator execute(OpBGP op, QueryIterator input) {
        return input.hasNext() ? super.execute(op, input) : input;
    }

    @Override
    protected QueryIterator execute(OpQuadPattern op, QueryIterator input) {
        return input.hasNext() ? super.execute(op, input) : input;
    }

    @Override
    protected QueryIterator execute(OpFilter op, QueryIterator input) {
        return input.hasNext() ? super.execute(op, input) : input;
    }
}
