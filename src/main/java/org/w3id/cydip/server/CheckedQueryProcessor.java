package org.w3id.cydip.server;

import static java.lang.String.format;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

import jakarta.servlet.ServletRequest;

/**
 * Fuseki's SPARQL query operation ({@code SPARQLQueryProcessor.execute} of Fuseki
 * 6.0.0, step for step: the same 400s and messages, timeouts, dataset choice,
 * read transaction, content negotiation and counters), with two costs taken out:
 * the query {@link QueryCheck} parsed for this request ({@link #keep}) is run
 * instead of being parsed a second time, and the query is formatted for the log
 * only when that log is on. One step is added: a query nested too deeply to plan
 * or run (the stack overflows) is a 400, where Fuseki answers 500; so it is
 * planned once, here, with no trial plan before. A query text that arrives without a kept query (no
 * {@link QueryInputFilter} in front, or a different text) is parsed as Fuseki does.
 */
final class CheckedQueryProcessor extends SPARQL_QueryDataset {
    /** The request attribute holding the text checked and its query (used once). */
    private static final String PARSED = CheckedQueryProcessor.class.getName() + ".parsed";

    private record Parsed(String text, Query query) {}

    /** Leaves {@code query}, parsed from {@code text} for this request alone, for Fuseki to run. */
    static void keep(ServletRequest req, String text, Query query) {
        req.setAttribute(PARSED, new Parsed(text, query));
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isEmpty())
            ServletOps.errorBadRequest("Error: Empty query string");
        if (queryString.isBlank())
            ServletOps.errorBadRequest("Error: Blank query string");
        boolean logged = action.log.isInfoEnabled();
        if (logged)
            logText(action, queryString);
        Query query = parsed(queryString, action);
        String queryStringLog = logged ? flat(query, queryString) : ServletOps.formatForLog(queryString);
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryStringLog);
            Query q = p.getRight() != null ? p.getRight() : query;
            try (QueryExec qExec = createQueryExec(action, q, p.getLeft())) {
                QueryExecResult result = executeQuery(action, qExec, query, queryStringLog);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException ex) {
            action.abortSilent();   // a late static error
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(ex));
        } catch (StackOverflowError ex) {
            action.abortSilent();
            ServletOps.errorBadRequest(QueryCheck.TOO_DEEP);
        } catch (QueryCancelledException ex) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw ex;
        } finally {
            action.endRead();
        }
    }

    /** The kept query if it was parsed from this very text (taken: it serves one execution), else Fuseki's parse. */
    private Query parsed(String queryString, HttpAction action) {
        Object kept = action.getRequest().getAttribute(PARSED);
        action.getRequest().removeAttribute(PARSED);
        Query query = null;
        try {
            query = kept instanceof Parsed p && p.text().equals(queryString) ? p.query()
                    : QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            validateQuery(action, query);
        } catch (ActionErrorException ex) {
            throw ex;
        } catch (QueryParseException ex) {
            String msg = SPARQLProtocol.messageForParseException(ex);
            action.log.warn(format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException ex) {
            String msg = SPARQLProtocol.messageForException(ex);
            action.log.warn(format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        return query;
    }

    private static void logText(HttpAction action, String queryString) {
        if (action.verbose) {
            String str = queryString.endsWith("\n") ? queryString.substring(0, queryString.length() - 1) : queryString;
            action.log.info(format("[%d] Query = \n%s", action.id, str));
        } else
            action.log.info(format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
    }

    /**
     * The query on one line for the log, as Fuseki logs it; a query nested too deeply to be
     * written out (Jena's writers recurse) is logged as its text, and then refused with a 400
     * when it is planned, as with the log off.
     */
    private static String flat(Query query, String queryString) {
        try {
            IndentedLineBuffer out = new IndentedLineBuffer();
            out.setFlatMode(true);
            query.serialize(out);
            return out.asString();
        } catch (StackOverflowError e) {
            return ServletOps.formatForLog(queryString);
        }
    }
}
