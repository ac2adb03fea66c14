package org.w3id.cydip.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.curate.CurateException;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.RdfSyntaxException;
import org.w3id.cydip.publish.NotAcceptableException;
import org.w3id.cydip.publish.NotFoundException;
import org.w3id.cydip.query.BadParameterException;
import org.w3id.cydip.query.NoSuchValueException;
import org.w3id.cydip.query.UnknownQueryException;
import org.w3id.cydip.replicate.ReplicateException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where an exception becomes an HTTP answer, for every feature: bad
 * input 400 (malformed RDF with its line and column), no credentials 401 (with a
 * challenge), unknown thing 404 (a parameter value that names nothing in the graph among them), no acceptable representation 406,
 * too large 413, not RDF 415, a byte range outside the resource 416, too many login attempts 429, a refused
 * SERVICE 422 (as the SPARQL endpoint answers), a query cut by the timeout or a limit 503, a busy server 503 with Retry-After,
 * anything else 500.
 * (An invalid entry is not an exception: its 422 carries the report.) Every
 * answer is JSON {@code {"status":…,"error":"…","requestId":"…"}}; the request id
 * is also in the log, so a report can be matched to the log line.
 */
public final class HttpErrors {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);
    /** What a refused busy request is told to wait, in seconds. */
    static final String RETRY_AFTER_SECONDS = "1";
    static final String REALM = "Basic realm=\"cydip curators\", charset=\"UTF-8\"";

    private HttpErrors() {}

    /** The status for {@code e}, or for the first of its causes that has one. */
    public static int status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            int status = direct(t);
            if (status != 500)
                return status;
        }
        return 500;
    }

    private static int direct(Throwable e) {
        return switch (e) {
            case NoSuchValueException x -> 404;
            case BadParameterException x -> 400;
            case RequestException.Malformed x -> 400;
            case LoadException x -> 400;
            case CurateException.Unauthenticated x -> 401;
            case UnknownQueryException x -> 404;
            case NotFoundException x -> 404;
            case ReplicateException.UnknownChange x -> 404;
            case NotAcceptableException x -> 406;
            case CurateException.TooLarge x -> 413;
            case RequestException.TooLarge x -> 413;
            case CurateException.UnsupportedSyntax x -> 415;
            case CurateException.TooManyAttempts x -> 429;
            case UnsatisfiableRangeException x -> 416;
            case QueryDeniedException x -> 422;
            case QueryCancelledException x -> 503;
            case BusyException x -> 503;
            default -> 500;
        };
    }

    /** Renders the HTML page of a failed request: a browser gets a page, not JSON. */
    @FunctionalInterface
    public interface ErrorPage {
        byte[] render(int status, String message, String requestId);
    }

    /**
     * Writes {@code e} as an HTML page with its status (for a browser), under a new
     * request id; the status and message are the ones the JSON answer would carry.
     */
    public static void sendPage(HttpServletResponse resp, Throwable e, ErrorPage page) throws IOException {
        String requestId = newRequestId();
        int status = status(e);
        String message = log(status, requestId, e);
        if (resp.isCommitted())
            return;
        resp.reset();
        resp.setHeader("X-Request-Id", requestId);
        byte[] body = page.render(status, message, requestId);
        resp.setStatus(status);
        resp.setContentType("text/html;charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** Writes {@code e} as a JSON error with its status, under a new request id. */
    public static void send(HttpServletResponse resp, Throwable e) throws IOException {
        send(resp, newRequestId(), e);
    }

    /** Writes {@code e} as a JSON error with its status; {@code requestId} goes into the body and the log. */
    public static void send(HttpServletResponse resp, String requestId, Throwable e) throws IOException {
        int status = status(e);
        JsonObject body = new JsonObject();
        body.put("status", status);
        body.put("error", log(status, requestId, e));
        body.put("requestId", requestId);
        if (e instanceof RdfSyntaxException s && s.line() > 0) {
            body.put("line", s.line());
            body.put("column", s.column());
        }
        if (resp.isCommitted())
            return;
        resp.reset();
        resp.setHeader("X-Request-Id", requestId);
        if (status == 401)
            resp.setHeader("WWW-Authenticate", REALM);
        if (e instanceof BusyException)
            resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (e instanceof CurateException.TooManyAttempts t)
            resp.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
        if (e instanceof UnsatisfiableRangeException r)
            resp.setHeader("Content-Range", "bytes */" + r.length());
        // Refused before its body was read: the client must not reuse the connection.
        if (status == 401 || status == 413 || status == 415 || status == 429)
            resp.setHeader("Connection", "close");
        json(resp, status, body.toString());
    }

    /** Logs the failure; returns the message the client may see (a 500 hides its cause). */
    private static String log(int status, String requestId, Throwable e) {
        if (status == 500) {
            LOG.error("request {} failed", requestId, e);
            return "internal error; request id " + requestId;
        }
        LOG.info("request {}: {} {}", requestId, status, e.getMessage());
        return e.getMessage();
    }

    /** Writes a JSON body with its status and length. */
    static void json(HttpServletResponse resp, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    static String newRequestId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
