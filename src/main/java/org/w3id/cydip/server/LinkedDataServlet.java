package org.w3id.cydip.server;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;

import org.w3id.cydip.publish.Languages;
import org.w3id.cydip.publish.NotAcceptableException;
import org.w3id.cydip.publish.Page;
import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.publish.Views;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves {@code /id/...}, {@code /ontology} and {@code /.well-known/void} with
 * content negotiation: the bare URL answers 200 in the representation the
 * {@code Accept} header asks for, with {@code Content-Location} naming the
 * document ({@code /id/state/RUS.ttl}) and {@code Vary: Accept, Accept-Language};
 * a document URL answers in its own representation.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Views views;

    LinkedDataServlet(Views views) {
        this.views = views;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req.getRequestURI().substring(req.getContextPath().length()), req, resp);
    }

    /** Answers for the document at {@code path}, whatever the request's own path. */
    void serve(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            Views.Target target = Views.Target.of(path);
            Representation r = target.fixed().orElseGet(() -> Representation.negotiate(req.getHeader("Accept"))
                    .orElseThrow(() -> new NotAcceptableException("acceptable here: text/turtle, "
                            + "application/ld+json, application/n-triples, application/rdf+xml, text/html")));
            Page page = views.page(target.documentPath(), r, Languages.parse(req.getHeader("Accept-Language")),
                    serverBase(req));
            resp.setStatus(HttpServletResponse.SC_OK);
            resp.setContentType(page.contentType());
            resp.setHeader("Vary", "Accept, Accept-Language");
            if (target.fixed().isEmpty())
                resp.setHeader("Content-Location", target.documentPath() + "." + r.extension);
            resp.setHeader("Access-Control-Allow-Origin", "*");
            OutputStream out = resp.getOutputStream();
            page.write(out);
            out.flush();
        } catch (RuntimeException e) {
            HttpErrors.send(resp, e);
        }
    }

    /** {@code http://host:port} as the client reached this server. */
    static String serverBase(HttpServletRequest req) {
        URI u = URI.create(req.getRequestURL().toString());
        return u.getScheme() + "://" + u.getRawAuthority();
    }
}
