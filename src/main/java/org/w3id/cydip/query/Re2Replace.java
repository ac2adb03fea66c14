package org.w3id.cydip.query;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.sse.Tags;

import com.google.re2j.Matcher;

/**
 * {@code REPLACE(str, pattern, replacement [, flags])} on {@link Re2}, as Jena's:
 * {@code $1} references in the replacement, the language tag or datatype of
 * {@code str} kept, an empty match not replaced twice.
 */
final class Re2Replace extends ExprFunctionN {
    Re2Replace(ExprList args) {
        super(Tags.tagReplace, args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node str = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String pattern = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
        String rep = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        String flags = args.size() > 3 ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm() : null;
        Matcher m = Re2.compile("REPLACE", pattern, flags).matcher(str.getLiteralLexicalForm());
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        try {
            while (m.find()) {
                if (any && m.start() == m.end())
                    continue;
                any = true;
                m.appendReplacement(sb, rep);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        if (!any)
            return args.get(0);
        m.appendTail(sb);
        String lang = str.getLiteralLanguage();
        return NodeValue.makeNode(lang.isEmpty() ? NodeFactory.createLiteralDT(sb.toString(), str.getLiteralDatatype())
                : NodeFactory.createLiteralLang(sb.toString(), lang));
    }

    @Override
    public Expr copy(ExprList args) {
        return new Re2Replace(args);
    }
}
