package org.w3id.cydip.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_Lang;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTypeException;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.VariableNotBoundException;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code LANG(?x) = "tag"} (either way round, the tag a plain string), answered from
 * the bound term's language tag: Jena makes a value of the term (through its global
 * value cache), a string value of its tag, and compares two values, for each row: a
 * state's label filter runs once for each of its seven labels, and in a fresh server
 * that is a tenth of a query's time. The same answer, the same errors: unbound, or
 * not a literal, is an error; a literal with no tag has the tag "".
 */
final class LangIs extends ExprFunction1 {
    static final String NAME = "cydip:lang-is";
    private final String tag;

    private LangIs(Expr expr, String tag) {
        super(expr, NAME);
        this.tag = tag;
    }

    /** {@code e} as a {@code LangIs} if it is {@code LANG(expr) = "tag"} or {@code "tag" = LANG(expr)}; else {@code e}. */
    static Expr of(Expr e) {
        if (!(e instanceof E_Equals eq))
            return e;
        Expr lang = eq.getArg1() instanceof E_Lang ? eq.getArg1() : eq.getArg2();
        Expr other = lang == eq.getArg1() ? eq.getArg2() : eq.getArg1();
        if (lang instanceof E_Lang l && other instanceof NodeValue nv && nv.asNode().isLiteral()
                && XSDDatatype.XSDstring.equals(nv.asNode().getLiteralDatatype()))
            return new LangIs(l.getArg(), nv.getString());
        return e;
    }

    @Override
    protected NodeValue evalSpecial(Binding binding, FunctionEnv env) {
        if (!(expr instanceof ExprVar v))
            return null;   // evaluated as Jena evaluates the argument, then eval(NodeValue)
        Node n = binding.get(v.asVar());
        if (n == null)
            throw new VariableNotBoundException("Unbound variable: " + v.getVarName());
        return answer(n);
    }

    @Override
    public NodeValue eval(NodeValue v) {
        return answer(v.asNode());
    }

    private NodeValue answer(Node n) {
        if (!n.isLiteral())
            throw new ExprTypeException("lang: Not a literal: " + n);
        String lang = n.getLiteralLanguage();
        return NodeValue.booleanReturn(tag.equals(lang == null ? "" : lang));
    }

    @Override
    public Expr copy(Expr expr) {
        return new LangIs(expr, tag);
    }

    @Override
    public boolean equals(Expr other, boolean bySyntax) {
        return other instanceof LangIs l && l.tag.equals(tag) && l.expr.equals(expr, bySyntax);
    }

    @Override
    public int hashCode() {
        return super.hashCode() ^ tag.hashCode();
    }
}
