package org.w3id.cydip.server;

import java.io.IOException;

import org.w3id.cydip.publish.NotFoundException;
import org.w3id.cydip.publish.PageRequest;
import org.w3id.cydip.web.Workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The workbench's pages: {@code /}, {@code /search}, {@code /queries}, {@code /queries/{name}},
 * {@code /sparql}, {@code /curators}, {@code /api/docs}; and its JSON for the
 * scripts, {@code /api/search} and {@code /api/vocabulary}.
 */
final class WebServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Workbench pages;

    WebServlet(Workbench pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = WebRequests.path(req);
        try {
            PageRequest r = WebRequests.of(req, path);
            switch (path) {
                case "/api/search" -> WebRequests.json(req, resp, pages.searchJson(r));
                case "/api/vocabulary" -> WebRequests.json(req, resp, pages.vocabulary());
                case "/api", "/api/" -> redirect(resp, "/api/docs");
                default -> WebRequests.send(req, resp, page(path, r));
            }
        } catch (RuntimeException e) {
            WebRequests.fail(req, resp, e, pages, path);
        }
    }

    private org.w3id.cydip.web.Rendered page(String path, PageRequest r) {
        return switch (path) {
            case "", "/" -> pages.landing(r);
            case "/search" -> pages.search(r);
            case "/queries", "/queries/" -> pages.gallery(r);
            case "/sparql" -> pages.editor(r);
            case "/curators" -> pages.curators(r);
            case "/api/docs" -> pages.api(r);
            default -> {
                if (path.startsWith("/queries/") && path.indexOf('/', "/queries/".length()) < 0)
                    yield pages.query(path.substring("/queries/".length()), r);
                throw new NotFoundException(path + ": no such page");
            }
        };
    }

    private static void redirect(HttpServletResponse resp, String location) {
        resp.setStatus(HttpServletResponse.SC_FOUND);
        resp.setHeader("Location", location);
        resp.setContentLength(0);
    }
}
