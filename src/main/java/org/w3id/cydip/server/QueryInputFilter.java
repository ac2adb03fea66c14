package org.w3id.cydip.server;

import java.io.IOException;

import org.w3id.cydip.query.QueryLimitException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the SPARQL endpoint and the Graph Store reads: the request read once
 * within the size limit and strictly as UTF-8 ({@link QueryRequest}), its query
 * checked ({@link QueryCheck}), every refusal a JSON 4xx through {@link HttpErrors}
 * before Fuseki sees it; Fuseki's own errors as JSON too ({@link JsonErrorResponse}),
 * and a result cut after it began to be sent ends with the connection aborted, never a
 * complete-looking 200.
 */
final class QueryInputFilter implements Filter {
    private final Limits limits;

    QueryInputFilter(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(resp instanceof HttpServletResponse out)) {
            chain.doFilter(req, resp);
            return;
        }
        QueryRequest checked;
        try {
            checked = QueryRequest.read(http, limits.maxQueryBytes());
            if (checked.query() != null)   // parsed once: Fuseki runs this query (CheckedQueryProcessor)
                CheckedQueryProcessor.keep(checked, checked.query(), QueryCheck.check(checked.query()));
        } catch (RuntimeException e) {
            HttpErrors.send(out, e);
            return;
        }
        QueryLimitException.takeReason();   // none left over from this thread's last request
        JsonErrorResponse errors = new JsonErrorResponse(out);
        chain.doFilter(checked, errors);
        errors.finish();
        if (errors.cut())   // Jetty aborts the connection: the client sees the result is incomplete
            throw new ServletException("the result was cut after it began to be sent");
    }
}
