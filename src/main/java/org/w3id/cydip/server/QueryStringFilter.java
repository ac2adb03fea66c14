package org.w3id.cydip.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of every route: a query string with a bad percent escape or bytes that
 * are not UTF-8 ({@code /search?q=%F0}, {@code /id/state/FRA?format=%FF}) is
 * refused with a JSON 400 naming the parameter ({@link FormParams}), before a
 * servlet asks the container for its parameters and gets an error it would answer
 * with a 500.
 */
final class QueryStringFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (req instanceof HttpServletRequest http && resp instanceof HttpServletResponse out) {
            try {
                FormParams.keep(http);   // the SPARQL endpoint reads them from here, not parsed again
            } catch (RequestException e) {
                HttpErrors.send(out, e);
                return;
            }
        }
        chain.doFilter(req, resp);
    }
}
