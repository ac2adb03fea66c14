package org.w3id.cydip.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.jena.atlas.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.curate.CurateException;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.RdfSyntaxException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where exceptions become HTTP answers: bad input 400, no
 * credentials 401, too large 413, not RDF 415, unknown thing 404, anything else
 * 500 with a request id that is also in the log. (An invalid entry is not an
 * exception: its 422 carries the report.) Every answer is JSON.
 */
public final class HttpErrors {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
    static final String REALM = "Basic realm=\"cydip curators\", charset=\"UTF-8\"";

    private HttpErrors() {}

    /** Thrown for a route or thing that does not exist. */
    public static final class NotFound extends CurateException {
        public NotFound(String message) {
            super(message);
        }
    }

    public static int status(Throwable e) {
        return switch (e) {
            case LoadException x -> 400;
            case CurateException.Unauthenticated x -> 401;
            case NotFound x -> 404;
            case CurateException.TooLarge x -> 413;
            case CurateException.UnsupportedSyntax x -> 415;
            default -> 500;
        };
    }

    /** Answers {@code resp} for {@code e}. */
    public static void send(HttpServletResponse resp, String requestId, Throwable e) throws IOException {
        int status = status(e);
        JsonObject body = new JsonObject();
        body.put("status", status);
        if (status == 500) {
            LOG.error("request {}: {}", requestId, e.toString(), e);
            body.put("error", "internal error; quote request id " + requestId);
        } else {
            LOG.info("request {}: {} {}", requestId, status, e.getMessage());
            body.put("error", e.getMessage());
        }
        body.put("requestId", requestId);
        if (e instanceof RdfSyntaxException s && s.line() > 0) {
            body.put("line", s.line());
            body.put("column", s.column());
        }
        if (status == 401)
            resp.setHeader("WWW-Authenticate", REALM);
        json(resp, status, body.toString());
    }

    static void json(HttpServletResponse resp, int status, String json) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    static String newRequestId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
