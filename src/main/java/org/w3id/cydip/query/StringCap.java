package org.w3id.cydip.query;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Wraps a function call: its value may be a literal of at most {@code max}
 * characters, else the query is cut ({@link QueryLimitException}). Every call is
 * checked, so nested {@code CONCAT(?x, ?x)} stops at twice the cap instead of
 * doubling until the heap is gone.
 */
final class StringCap extends ExprFunction1 {
    static final String NAME = "cydip:string-cap";
    private final int max;

    StringCap(Expr expr, int max) {
        super(expr, NAME);
        this.max = max;
    }

    @Override
    public NodeValue eval(NodeValue v) {
        if (v.isLiteral() && v.asNode().getLiteralLexicalForm().length() > max)
            throw new QueryLimitException(tooLong(max));
        return v;
    }

    static String tooLong(int max) {
        return "the query made a string longer than the limit of " + max + " characters (--max-string-chars)";
    }

    @Override
    public Expr copy(Expr expr) {
        return new StringCap(expr, max);
    }
}
