package org.w3id.cydip.load;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpConditional;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpSequence;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterDefaulting;
import org.apache.jena.sparql.engine.iterator.QueryIterFilterExpr;
import org.apache.jena.sparql.engine.iterator.QueryIterRepeatApply;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.engine.main.OpExecutor;
import org.apache.jena.sparql.engine.main.OpExecutorFactory;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's executor on a read copy's graph, except for an OPTIONAL that ARQ runs once per
 * row on its left (a conditional). ARQ substitutes each left row into a copy of the
 * whole right side and runs that copy with an executor of its own; here, when the
 * right side is made only of basic graph patterns, FILTERs, VALUES, sequences and such
 * OPTIONALs, the right side itself runs with the left row as its only input. Each of
 * those takes the row's values from its input as a substitution would (a pattern is
 * matched with them bound, a FILTER sees them, VALUES is joined with them), so the
 * rows are the same; only the copies go. Any other right side, and any other graph,
 * runs as before. A FILTER NOT EXISTS of a basic graph pattern matches its pattern once
 * ({@link NotExistsOnce}), however often the FILTER runs in this execution.
 */
final class CopyExecutor extends OpExecutor {
    private final Map<Expr, Expr> filters = new IdentityHashMap<>();

    private CopyExecutor(ExecutionContext execCxt) {
        super(execCxt);
    }

    /** Puts this executor in front of {@code context}'s present one, for read copies' graphs only; once. */
    static synchronized void install(Context context) {
        OpExecutorFactory other = QC.getFactory(context);
        if (!(other instanceof Factory))
            QC.setFactory(context, new Factory(other != null ? other : OpExecutor.stdFactory));
    }

    private record Factory(OpExecutorFactory other) implements OpExecutorFactory {
        @Override
        public OpExecutor create(ExecutionContext execCxt) {
            return PatternOrder.of(execCxt.getActiveGraph()) != null ? new CopyExecutor(execCxt) : other.create(execCxt);
        }
    }

    @Override
    protected QueryIterator execute(OpFilter op, QueryIterator input) {
        QueryIterator rows = exec(op.getSubOp(), input);
        for (Expr e : op.getExprs())
            rows = new QueryIterFilterExpr(rows, filters.computeIfAbsent(e, x -> NotExistsOnce.of(x, execCxt)), execCxt);
        return rows;
    }

    @Override
    protected QueryIterator execute(OpConditional op, QueryIterator input) {
        if (!direct(op.getRight()))
            return super.execute(op, input);
        return new PerRow(exec(op.getLeft(), input), op.getRight(), this);
    }

    /** Whether {@code op} takes a row's values from its input alone, as substituting them would. */
    static boolean direct(Op op) {
        return switch (op) {
            case OpBGP bgp -> true;
            case OpTable table -> true;
            case OpFilter filter -> direct(filter.getSubOp());
            case OpConditional c -> direct(c.getLeft()) && direct(c.getRight());
            case OpSequence seq -> seq.getElements().stream().allMatch(CopyExecutor::direct);
            default -> false;
        };
    }

    /** The right side run on each left row, the row itself where it gives none. */
    private static final class PerRow extends QueryIterRepeatApply {
        private final Op right;
        private final CopyExecutor executor;

        PerRow(QueryIterator left, Op right, CopyExecutor executor) {
            super(left, executor.execCxt);
            this.right = right;
            this.executor = executor;
        }

        @Override
        protected QueryIterator nextStage(Binding row) {
            QueryIterator rows = executor.executeOp(right, QueryIterSingleton.create(row, getExecContext()));
            return new QueryIterDefaulting(rows, row, getExecContext());
        }
    }
}
