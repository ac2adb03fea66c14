package org.w3id.cydip.query;

import java.util.List;

import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.sse.Tags;

import com.google.re2j.Pattern;

/** {@code REGEX(str, pattern [, flags])} on {@link Re2}: the pattern compiled once when it is a constant. */
final class Re2Regex extends ExprFunctionN {
    private final Pattern constant;

    Re2Regex(Expr str, Expr pattern, Expr flags) {
        super(Tags.tagRegex, flags == null ? new Expr[] {str, pattern} : new Expr[] {str, pattern, flags});
        boolean fixed = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString());
        constant = fixed ? Re2.compile("REGEX", pattern.getConstant().getString(), flags == null ? null : flags.getConstant().getString()) : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        String s = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern p = constant != null ? constant : Re2.compile("REGEX",
                NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(1)).getLiteralLexicalForm(),
                args.size() > 2 ? NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(2)).getLiteralLexicalForm() : null);
        return NodeValue.booleanReturn(p.matcher(s).find());
    }

    @Override
    public Expr copy(ExprList args) {
        return new Re2Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
    }
}
