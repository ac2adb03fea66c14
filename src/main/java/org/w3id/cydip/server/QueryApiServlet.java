package org.w3id.cydip.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.w3id.cydip.query.QueryService;
import org.w3id.cydip.query.ResultFormat;
import org.w3id.cydip.query.UnknownQueryException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/queries} (the list), {@code GET /api/queries/{name}?k=v} (the
 * results) and {@code GET /api/openapi.json}. Bodies are built in memory and sent
 * with a Content-Length; errors go through {@link HttpErrors}.
 */
final class QueryApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String JSON = "application/json;charset=utf-8";

    private final transient QueryService service;
    private final byte[] list;
    private final transient Supplier<byte[]> openapi;

    QueryApiServlet(QueryService service, byte[] list, Supplier<byte[]> openapi) {
        this.service = service;
        this.list = list;
        this.openapi = openapi;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String path = req.getRequestURI().substring(req.getContextPath().length());
            if (path.equals("/api/openapi.json"))
                send(resp, JSON, openapi.get());
            else if (path.equals("/api/queries") || path.equals("/api/queries/"))
                send(resp, JSON, list);
            else if (path.startsWith("/api/queries/"))
                results(path.substring("/api/queries/".length()), req, resp);
            else
                throw new UnknownQueryException("nothing at " + path);
        } catch (Exception e) {
            HttpErrors.send(resp, e);
        }
    }

    private void results(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> params.put(k, v[v.length - 1]));
        String format = params.remove("format");
        ResultFormat type = ResultFormat.choose(format, req.getHeader("Accept"));
        byte[] body = service.run(name, params, type);
        send(resp, type.mediaType + ";charset=utf-8", body);
    }

    private static void send(HttpServletResponse resp, String contentType, byte[] body) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
