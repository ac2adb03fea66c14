package org.w3id.cydip.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3id.cydip.publish.Languages;
import org.w3id.cydip.publish.PageRequest;
import org.w3id.cydip.web.Rendered;
import org.w3id.cydip.web.Workbench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Between the servlet API and the workbench: requests as {@link PageRequest}s, pages as responses. */
final class WebRequests {
    /**
     * What the pages may load: only this server. A page that tries to fetch a
     * font, a script or an image from elsewhere is blocked by the browser.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** What a page or document answer varies on. */
    static final String VARY = "Accept, Accept-Language, Accept-Encoding";

    private WebRequests() {}

    /** The request for the page at {@code path}: its languages, its parameters (the last value of each), its base. */
    static PageRequest of(HttpServletRequest req, String path) {
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v[v.length - 1]));
        return new PageRequest(path, Languages.parse(req.getHeader("Accept-Language")), params,
                LinkedDataServlet.serverBase(req));
    }

    static String path(HttpServletRequest req) {
        return req.getRequestURI().substring(req.getContextPath().length());
    }

    /** Sends an HTML page with its status and length (gzipped if the client takes it). */
    static void send(HttpServletRequest req, HttpServletResponse resp, Rendered page) throws IOException {
        resp.setStatus(page.status());
        html(resp);
        Compressed.write(req, resp, page.body());
    }

    /** The headers of every HTML answer. */
    static void html(HttpServletResponse resp) {
        resp.setContentType(Rendered.CONTENT_TYPE);
        resp.setHeader("Vary", VARY);
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** Sends a JSON body (gzipped if the client takes it). */
    static void json(HttpServletRequest req, HttpServletResponse resp, byte[] body) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("Vary", VARY);
        Compressed.write(req, resp, body);
    }

    /** Sends {@code e} as an HTML error page (browsers) or JSON (everyone else). */
    static void fail(HttpServletRequest req, HttpServletResponse resp, Throwable e, Workbench pages, String path)
            throws IOException {
        if (wantsHtml(req))
            HttpErrors.sendPage(resp, e, (status, message, id) -> pages.error(status, message, id, of(req, path)));
        else
            HttpErrors.send(resp, e);
    }

    /** Whether the client asked for HTML before JSON (a browser). */
    static boolean wantsHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
