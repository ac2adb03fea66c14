package org.w3id.cydip.server;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The query text checked before Fuseki plans it: it parses (a 400 with line and
 * column otherwise), no UNION has more than {@link #MAX_UNION_BRANCHES} branches,
 * and it can be compiled and optimised without overflowing the stack (a query
 * nested thousands deep is a 400, not a 500). It parses as Fuseki does (Fuseki's base,
 * ARQ syntax), and the query it returns, new for each call, is the one Fuseki runs
 * ({@link CheckedQueryProcessor}): a request's query is parsed once.
 */
final class QueryCheck {
    static final int MAX_UNION_BRANCHES = 1000;
    /** How many texts that passed are kept (the least recently used go first), and how long each may be. */
    static final int KEPT = 512, KEPT_CHARS = 4096;
    /**
     * Texts that passed: the check reads the text alone, so a text that passed once passes
     * again, and a repeated query is planned once per request (by Fuseki), not twice.
     */
    private static final Cache<String, Boolean> PASSED = CacheFactory.createCache(KEPT);

    private QueryCheck() {}

    /** The query {@code text} parsed, a new object each call; a {@link RequestException.Malformed} if it fails the check. */
    static Query check(String text) {
        try {
            Query q = QueryFactory.create(text, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            if (!PASSED.containsKey(text)) {
                checkShape(q);
                if (text.length() <= KEPT_CHARS)
                    PASSED.put(text, Boolean.TRUE);
            }
            return q;
        } catch (QueryParseException e) {
            throw new RequestException.Malformed("query: line " + e.getLine() + ", column " + e.getColumn() + ": "
                    + firstLine(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new RequestException.Malformed("query: nested too deeply to plan");
        }
    }

    /** No UNION too wide, and it can be planned (planning reads {@code q}, it does not change it). */
    private static void checkShape(Query q) {
        if (q.getQueryPattern() != null)
            ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementUnion el) {
                    if (el.getElements().size() > MAX_UNION_BRANCHES)
                        throw new RequestException.Malformed("query: a UNION of " + el.getElements().size()
                                + " branches; at most " + MAX_UNION_BRANCHES + " are taken");
                }
            });
        Algebra.optimize(Algebra.compile(q));
    }

    private static String firstLine(String message) {
        if (message == null)
            return "syntax error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
