package org.w3id.cydip.server;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The query text checked before Fuseki plans it: it parses (a 400 with line and
 * column otherwise; a text nested too deeply to parse is a 400 too, not a 500) and
 * no UNION has more than {@link #MAX_UNION_BRANCHES} branches. It parses as Fuseki
 * does (Fuseki's base, ARQ syntax), and the query it returns, new for each call, is
 * the one Fuseki runs ({@link CheckedQueryProcessor}): a request's query is parsed
 * once, and planned once, by Fuseki; a query nested too deeply to plan is a 400
 * from there.
 */
final class QueryCheck {
    static final int MAX_UNION_BRANCHES = 1000;
    /** The refusal of a query whose nesting overflows the stack while it is parsed or planned. */
    static final String TOO_DEEP = "query: nested too deeply to plan";

    private QueryCheck() {}

    /** The query {@code text} parsed, a new object each call; a {@link RequestException.Malformed} if it fails the check. */
    static Query check(String text) {
        try {
            Query q = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            checkUnions(q);
            return q;
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError)   // the parser wraps its own overflow
                throw new RequestException.Malformed(TOO_DEEP);
            throw new RequestException.Malformed("query: line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new RequestException.Malformed(TOO_DEEP);
        }
    }

    /** No UNION too wide. */
    private static void checkUnions(Query q) {
        if (q.getQueryPattern() != null)
            ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementUnion el) {
                    if (el.getElements().size() > MAX_UNION_BRANCHES)
                        throw new RequestException.Malformed("query: a UNION of " + el.getElements().size()
                                + " branches; at most " + MAX_UNION_BRANCHES + " are taken");
                }
            });
    }

    private static String firstLine(String message) {
        if (message == null)
            return "syntax error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
