package org.w3id.cydip.load;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.StageBuilder;
import org.apache.jena.sparql.engine.main.StageGenerator;
import org.apache.jena.sparql.engine.main.StageGeneratorGeneric;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;

/**
 * ARQ's basic graph pattern stage, ordered by {@link PatternOrder} on a read copy's
 * graph (with the values bound when the stage starts); every other graph goes to the
 * stage that was there before, as TDB2 chains its own.
 */
final class CopyStages extends StageGeneratorGeneric {
    private final StageGenerator other;

    private CopyStages(StageGenerator other) {
        this.other = other;
    }

    /** Chains this stage into ARQ's global context, once. */
    static synchronized void install() {
        StageGenerator now = StageBuilder.getGenerator(ARQ.getContext());
        if (!(now instanceof CopyStages))
            StageBuilder.setGenerator(ARQ.getContext(), new CopyStages(now != null ? now : StageBuilder.standardGenerator()));
    }

    @Override
    public QueryIterator execute(BasicPattern pattern, QueryIterator input, ExecutionContext execCxt) {
        ReorderTransformation order = PatternOrder.of(execCxt.getActiveGraph());
        return order != null ? execute(pattern, order, input, execCxt) : other.execute(pattern, input, execCxt);
    }
}
