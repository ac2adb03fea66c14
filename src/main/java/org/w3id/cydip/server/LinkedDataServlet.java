package org.w3id.cydip.server;

import java.io.IOException;
import java.util.Optional;

import org.w3id.cydip.publish.NotAcceptableException;
import org.w3id.cydip.publish.Page;
import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.publish.Views;
import org.w3id.cydip.web.Workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves {@code /id/...}, {@code /ontology} and {@code /.well-known/void} with
 * content negotiation: the bare URL answers 200 in the representation the
 * {@code Accept} header asks for, with {@code Content-Location} naming the
 * document ({@code /id/state/RUS.ttl}) and {@code Vary: Accept, Accept-Language};
 * a document URL answers in its own representation. A deprecated IRI answers 301
 * to its replacement, in every representation. A failure asked for in HTML gets
 * an HTML page (a 404 with the search box).
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Views views;
    private final transient Workbench pages;

    LinkedDataServlet(Views views, Workbench pages) {
        this.views = views;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(WebRequests.path(req), req, resp);
    }

    /** Answers for the document at {@code path}, whatever the request's own path. */
    void serve(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Views.Target target = Views.Target.of(path);
        Optional<Representation> r = target.fixed().or(() -> Representation.negotiate(req.getHeader("Accept")));
        try {
            Optional<String> moved = views.replacement(target.documentPath());
            if (moved.isPresent()) {
                String query = req.getQueryString();
                resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                resp.setHeader("Location", target.moved(moved.get()) + (query == null ? "" : "?" + query));
                resp.setHeader("Vary", "Accept");
                resp.setContentLength(0);
                return;
            }
            Representation chosen = r.orElseThrow(() -> new NotAcceptableException("acceptable here: text/turtle, "
                    + "application/ld+json, application/json, application/n-triples, application/rdf+xml, text/html"));
            Page page = views.page(chosen, WebRequests.of(req, target.documentPath()));
            resp.setStatus(HttpServletResponse.SC_OK);
            if (chosen == Representation.html)
                WebRequests.html(resp);
            else
                resp.setHeader("Vary", WebRequests.VARY);
            resp.setContentType(page.contentType());
            if (target.fixed().isEmpty())
                resp.setHeader("Content-Location", target.documentPath() + "." + chosen.extension);
            resp.setHeader("Access-Control-Allow-Origin", "*");
            Compressed.write(req, resp, page.body());
        } catch (RuntimeException e) {
            if (r.isPresent() && r.get() == Representation.html)
                HttpErrors.sendPage(resp, e, (status, message, id) ->
                        pages.error(status, message, id, WebRequests.of(req, path)));
            else
                HttpErrors.send(resp, e);
        }
    }

    /** {@code http://host:port} as the client reached this server. */
    static String serverBase(HttpServletRequest req) {
        // Cut at the path rather than parse the URL: the path may hold characters a URI may not.
        String url = req.getRequestURL().toString();
        int path = url.indexOf('/', url.indexOf("://") + 3);
        return path < 0 ? url : url.substring(0, path);
    }
}
