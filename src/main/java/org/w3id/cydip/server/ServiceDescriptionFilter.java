package org.w3id.cydip.server;

import java.io.IOException;

import org.w3id.cydip.publish.Representation;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A GET on the SPARQL endpoint with no {@code query} parameter answers with the
 * SPARQL 1.1 Service Description (and the VoID it points to), negotiated like
 * {@code /.well-known/void}, when the client accepts one of its representations;
 * every other request goes on to Fuseki unchanged.
 */
final class ServiceDescriptionFilter implements Filter {
    private final LinkedDataServlet views;

    ServiceDescriptionFilter(LinkedDataServlet views) {
        this.views = views;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                && "GET".equals(req.getMethod()) && req.getParameter("query") == null
                && Representation.negotiate(req.getHeader("Accept")).isPresent()) {
            views.serve(org.w3id.cydip.publish.Views.VOID, req, resp);
            return;
        }
        chain.doFilter(request, response);
    }
}
