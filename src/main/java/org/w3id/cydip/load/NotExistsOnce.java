package org.w3id.cydip.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprNode;
import org.apache.jena.sparql.expr.ExprVisitor;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.graph.NodeTransform;

/**
 * {@code FILTER NOT EXISTS { basic graph pattern }} on a read copy's graph, its pattern
 * matched once, not once per row. ARQ substitutes each row into the pattern, plans it
 * and matches it: a party list tests each of its hundred-odd rows for a denunciation
 * that way. Here the pattern's solutions are found the first time a row is tested
 * (unbound: a row's values do not narrow them) and each row is looked up among them by
 * the values it gives the pattern's variables, which is what matching the substituted
 * pattern asks (a basic graph pattern binds all its variables). The first
 * {@link #ROW_BY_ROW} rows are tested as ARQ tests them, so that a FILTER that sees few
 * rows never pays for the unbound match (a sparse join can be costly unbound and cheap
 * with a row's values); a pattern with more than {@link #MAX_SOLUTIONS} solutions is
 * tested row by row throughout.
 */
final class NotExistsOnce extends ExprNode {
    static final int MAX_SOLUTIONS = 1000;
    static final int ROW_BY_ROW = 8;
    private final E_NotExists original;
    private final List<Var> vars;
    private final ExecutionContext execCxt;
    private List<Binding> solutions;
    private int tested;
    private boolean tooMany;
    private final Map<List<Var>, Set<List<Node>>> byBound = new HashMap<>();

    private NotExistsOnce(E_NotExists original, OpBGP bgp, ExecutionContext execCxt) {
        this.original = original;
        this.vars = new ArrayList<>(OpVars.visibleVars(bgp));
        this.execCxt = execCxt;
    }

    /** {@code e} as a {@code NotExistsOnce} if it is NOT EXISTS of a basic graph pattern; else {@code e}. */
    static Expr of(Expr e, ExecutionContext execCxt) {
        return e instanceof E_NotExists ne && ne.getGraphPattern() instanceof OpBGP bgp ? new NotExistsOnce(ne, bgp, execCxt) : e;
    }

    @Override
    public NodeValue eval(Binding binding, FunctionEnv env) {
        if (tested < ROW_BY_ROW) {
            tested++;
            return original.eval(binding, env);
        }
        if (solutions == null && !tooMany)
            solve();
        if (tooMany)
            return original.eval(binding, env);
        List<Var> bound = new ArrayList<>(vars.size());
        List<Node> key = new ArrayList<>(vars.size());
        for (Var v : vars) {
            Node n = binding.get(v);
            if (n != null) {
                bound.add(v);
                key.add(n);
            }
        }
        return NodeValue.booleanReturn(!byBound.computeIfAbsent(bound, this::keys).contains(key));
    }

    private void solve() {
        List<Binding> found = new ArrayList<>();
        QueryIterator it = QC.execute(original.getGraphPattern(), QueryIterRoot.create(execCxt), execCxt);
        try {
            while (it.hasNext() && found.size() <= MAX_SOLUTIONS)
                found.add(it.next());
        } finally {
            it.close();
        }
        if (found.size() > MAX_SOLUTIONS)
            tooMany = true;
        else
            solutions = found;
    }

    /** The solutions' values of {@code bound}, in its order. */
    private Set<List<Node>> keys(List<Var> bound) {
        Set<List<Node>> keys = new HashSet<>();
        for (Binding s : solutions) {
            List<Node> key = new ArrayList<>(bound.size());
            for (Var v : bound)
                key.add(s.get(v));
            keys.add(key);
        }
        return keys;
    }

    @Override
    public void visit(ExprVisitor visitor) {
        original.visit(visitor);
    }

    @Override
    public Expr copySubstitute(Binding binding) {
        return original.copySubstitute(binding);
    }

    @Override
    public Expr applyNodeTransform(NodeTransform transform) {
        return original.applyNodeTransform(transform);
    }

    @Override
    public int hashCode() {
        return original.hashCode();
    }

    @Override
    public boolean equals(Expr other, boolean bySyntax) {
        return other instanceof NotExistsOnce o ? original.equals(o.original, bySyntax) : original.equals(other, bySyntax);
    }
}
