package org.w3id.cydip.query;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrEncodeForURI;
import org.apache.jena.sparql.expr.E_StrLowerCase;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.E_StrUpperCase;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;

/**
 * The optimiser of a bounded dataset: Jena's ({@link CountedOptimizer}), then every REGEX and REPLACE
 * (also as {@code fn:matches}, {@code fn:replace}) on {@link Re2}, and every call
 * that can make a string longer than its arguments (CONCAT, REPLACE, UCASE,
 * LCASE, ENCODE_FOR_URI, any other function) under a {@link StringCap}, GROUP_CONCAT
 * capped too ({@link CappedGroupConcat}). Only expressions and aggregators change,
 * so the engine's own rewrites (TDB2's quad form) still apply.
 */
final class BoundedRewrite extends ExprTransformCopy {
    private final int maxChars;

    private BoundedRewrite(int maxChars) {
        this.maxChars = maxChars;
    }

    static RewriteFactory factory(int maxChars) {
        BoundedRewrite exprs = new BoundedRewrite(maxChars);
        return context -> op -> {
            Op optimised = new CountedOptimizer(context).rewrite(op);
            return Transformer.transform(new CappedAggregates(maxChars), exprs, optimised);
        };
    }

    /** GROUP_CONCAT (not DISTINCT: that holds distinct values only) as a {@link CappedGroupConcat}. */
    private static final class CappedAggregates extends TransformCopy {
        private final int maxChars;

        CappedAggregates(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public Op transform(OpGroup opGroup, Op subOp) {
            List<ExprAggregator> aggs = new ArrayList<>();
            for (ExprAggregator a : opGroup.getAggregators())
                aggs.add(a.getAggregator().getClass() == AggGroupConcat.class && a.getAggregator() instanceof AggGroupConcat g
                        ? new ExprAggregator(a.getVar(), new CappedGroupConcat(g.getExprList().get(0), g.getSeparator(), maxChars)) : a);
            return OpGroup.create(subOp, opGroup.getGroupVars(), aggs);
        }
    }

    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
        Expr e = super.transform(func, arg);
        return func instanceof E_StrUpperCase || func instanceof E_StrLowerCase || func instanceof E_StrEncodeForURI
                ? new StringCap(e, maxChars) : e;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex)
            return new Re2Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        if (func instanceof E_StrReplace)
            return new StringCap(new Re2Replace(args), maxChars);
        if (func instanceof E_Function f && f.getFunctionIRI().equals(BoundedFunctions.FN + "matches"))
            return new Re2Regex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        if (func instanceof E_Function f && f.getFunctionIRI().equals(BoundedFunctions.FN + "replace"))
            return new StringCap(new Re2Replace(args), maxChars);
        Expr e = super.transform(func, args);
        return func instanceof E_StrConcat || func instanceof E_Function ? new StringCap(e, maxChars) : e;
    }
}
