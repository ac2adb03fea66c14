package org.w3id.cydip.server;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.TextBytes;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request to the SPARQL endpoint read once, within the size limit and strictly
 * as UTF-8, before Fuseki sees it: its parameters (query string and form body),
 * its body, and the query text it carries (or null). Fuseki then reads the same
 * parameters and body from this wrapper.
 */
final class QueryRequest extends HttpServletRequestWrapper {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String SPARQL_QUERY = "application/sparql-query";

    private final byte[] body;
    private final Map<String, String[]> params;
    private final String query;

    private QueryRequest(HttpServletRequest req, byte[] body, Map<String, String[]> params, String query) {
        super(req);
        this.body = body;
        this.params = Collections.unmodifiableMap(params);
        this.query = query;
    }

    /** Reads {@code req}; a {@link RequestException} if too large, malformed or carrying update text. */
    static QueryRequest read(HttpServletRequest req, int maxQueryBytes) throws IOException {
        Map<String, List<String>> all = FormParams.ofQueryString(req);
        String type = mediaType(req.getContentType());
        byte[] body = new byte[0];
        String text = null;
        if ("POST".equals(req.getMethod()) && (FORM.equals(type) || SPARQL_QUERY.equals(type))) {
            long max = FORM.equals(type) ? 3L * maxQueryBytes + 1024 : maxQueryBytes;   // %XX triples a byte
            if (req.getContentLengthLong() > max)
                throw Bodies.refusedUnread(req, tooLarge(maxQueryBytes));
            body = req.getInputStream().readNBytes((int) max + 1);
            if (body.length > max)
                throw Bodies.refused(req, tooLarge(maxQueryBytes));
            if (FORM.equals(type))
                FormParams.parse(new String(body, StandardCharsets.ISO_8859_1), "form body")
                        .forEach((k, v) -> all.computeIfAbsent(k, x -> new java.util.ArrayList<>()).addAll(v));
            else
                text = utf8(body, "query body");
        }
        if (all.containsKey("update") || all.containsKey("request"))
            throw new RequestException.Malformed("update text (parameter \"update\") is not taken here: this endpoint is read-only");
        if (text == null && all.containsKey("query"))
            text = all.get("query").getLast();
        if (text != null && text.getBytes(StandardCharsets.UTF_8).length > maxQueryBytes)
            throw tooLarge(maxQueryBytes);
        Map<String, String[]> params = new LinkedHashMap<>();
        all.forEach((k, v) -> params.put(k, v.toArray(String[]::new)));
        return new QueryRequest(req, body, params, text);
    }

    /** The query text sent, or null (a Graph Store read, a service description). */
    String query() {
        return query;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? null : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static String utf8(byte[] bytes, String what) {
        try {
            return TextBytes.utf8(bytes, what);
        } catch (LoadException e) {
            throw new RequestException.Malformed(e.getMessage());
        }
    }

    private static RequestException tooLarge(int max) {
        return new RequestException.TooLarge("the query is larger than the limit of " + max
                + " bytes (the server's --max-query-bytes)");
    }

    @Override
    public String getParameter(String name) {
        String[] v = params.get(name);
        return v == null ? null : v[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return params;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(params.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return params.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener l) {
                throw new UnsupportedOperationException("blocking input only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
