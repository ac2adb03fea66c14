package org.w3id.cydip.server;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.query.BadParameterException;
import org.w3id.cydip.query.UnknownQueryException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where an exception becomes an HTTP status: bad input 400, unknown
 * thing 404, everything else 500 with a request id in the log (and in the body,
 * so that a report can be matched to the log line).
 */
public final class HttpErrors {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HttpErrors() {}

    /** The status for {@code e}. */
    public static int status(Throwable e) {
        if (e instanceof BadParameterException)
            return HttpServletResponse.SC_BAD_REQUEST;
        if (e instanceof UnknownQueryException)
            return HttpServletResponse.SC_NOT_FOUND;
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Writes {@code e} as a JSON error body {@code {"status":…,"error":"…"}} with its status. */
    public static void send(HttpServletResponse resp, Throwable e) throws IOException {
        int status = status(e);
        String message = e.getMessage();
        if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
            String id = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("request {} failed", id, e);
            message = "internal error; request id " + id;
        }
        if (resp.isCommitted())
            return;
        resp.reset();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status);
        json.put("error", message);
        byte[] body = MAPPER.writeValueAsBytes(json);
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
