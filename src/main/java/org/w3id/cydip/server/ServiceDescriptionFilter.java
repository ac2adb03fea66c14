package org.w3id.cydip.server;

import java.io.IOException;
import java.util.Optional;

import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.publish.Views;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A GET on the dataset ({@code /cydip}) or its SPARQL endpoints ({@code /cydip/sparql},
 * {@code /cydip/query}) that asks no query (and, on the dataset, names no graph)
 * answers with the SPARQL 1.1 Service Description (and the VoID it points to),
 * negotiated like {@code /.well-known/void}; a browser (HTML first) is sent to
 * the editor at {@code /sparql} instead. Every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {
    /** Where a browser opening the endpoint lands. */
    static final String EDITOR = "/sparql";
    private final LinkedDataServlet views;

    ServiceDescriptionFilter(LinkedDataServlet views) {
        this.views = views;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && "GET".equals(req.getMethod()) && asksNothing(req)) {
            Optional<Representation> r = Representation.negotiate(req.getHeader("Accept"));
            if (r.isPresent() && r.get() == Representation.html) {
                resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                resp.setHeader("Location", EDITOR);
                resp.setHeader("Vary", "Accept");
                resp.setContentLength(0);
                return;
            }
            if (r.isPresent()) {
                views.serve(Views.VOID, req, resp);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean asksNothing(HttpServletRequest req) {
        return req.getParameter("query") == null && req.getParameter("graph") == null
                && req.getParameter("default") == null;
    }
}
