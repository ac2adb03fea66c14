package org.w3id.cydip.query;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code STR(?x)} made from the bound term itself: Jena first makes a value of the
 * term (a lookup in its global value cache, for each row) and, for an unbound
 * variable, builds the message of its error, which {@code COALESCE(STR(?x), ...)},
 * written for the rows where ?x is unbound, catches and drops. The same string, the
 * same errors (unbound; a blank node or triple term as Jena's STR says).
 */
final class StrOf extends ExprFunction1 {
    private final String unbound;

    private StrOf(ExprVar var) {
        super(var, "str");
        this.unbound = "Unbound variable: " + var.getVarName();
    }

    /** {@code e} as a {@code StrOf} if it is STR of a variable; else {@code e}. */
    static Expr of(Expr e) {
        return e instanceof E_Str s && s.getArg() instanceof ExprVar v ? new StrOf(v) : e;
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        Node n = binding.get(expr.asVar());
        if (n == null)
            throw new VariableNotBoundException(unbound);
        return NodeValue.makeString(NodeFunctions.str(n));
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return NodeValue.makeString(NodeFunctions.str(v.asNode()));
    }

    @Override
    public Expr copy(Expr expr) {
        return expr instanceof ExprVar v ? new StrOf(v) : new E_Str(expr);
    }
}
