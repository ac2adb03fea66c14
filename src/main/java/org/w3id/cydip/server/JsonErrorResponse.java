package org.w3id.cydip.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cydip.query.QueryLimitException;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Fuseki's own refusals (it sets a 4xx or 5xx status and writes a line of plain
 * text: a timeout 503, an unsupported media type 415, ...) turned into the JSON
 * body every other error has, with a request id; a query cut by a limit says
 * which ({@link QueryLimitException}). An error status set after the result began
 * to be sent is remembered ({@link #cut()}), so that the connection is aborted
 * rather than the response ended as if complete.
 */
final class JsonErrorResponse extends HttpServletResponseWrapper {
    private static final int MAX_MESSAGE = 2000;
    private final ByteArrayOutputStream message = new ByteArrayOutputStream();
    private int error;
    private boolean cut;
    private PrintWriter writer;
    private final BlockingOutput capture = new BlockingOutput() {
        @Override
        public void write(byte[] b, int off, int len) {
            message.write(b, off, Math.max(0, Math.min(len, MAX_MESSAGE - message.size())));
        }
    };

    JsonErrorResponse(HttpServletResponse resp) {
        super(resp);
    }

    /** Did an error come after the response was committed (a result cut while it was sent)? */
    boolean cut() {
        return cut;
    }

    @Override
    public void setStatus(int sc) {
        if (sc >= 400 && isCommitted())
            cut = true;
        else if (sc >= 400)
            error = sc;
        else
            super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) {
        setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) {
        setStatus(sc);
        if (msg != null)
            message.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return error != 0 ? capture : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (error == 0)
            return super.getWriter();
        if (writer == null)
            writer = new PrintWriter(new OutputStreamWriter(capture, StandardCharsets.UTF_8));
        return writer;
    }

    @Override
    public void setContentType(String type) {
        if (error != 0 && type != null && type.startsWith("application/json") && message.size() == 0) {
            super.setStatus(error);   // already a JSON error (HttpErrors): let it through as it is
            error = 0;
        }
        if (error == 0)
            super.setContentType(type);
    }

    @Override
    public void setContentLength(int len) {
        if (error == 0)
            super.setContentLength(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        if (error == 0)
            super.setContentLengthLong(len);
    }

    /** Sends the error, if there was one, as JSON; call once the request is handled. */
    void finish() throws IOException {
        String limit = QueryLimitException.takeReason();
        if (error == 0 || isCommitted())
            return;
        if (writer != null)
            writer.flush();
        String text = message.toString(StandardCharsets.UTF_8).strip();
        String last = text.isEmpty() ? "HTTP " + error : text.substring(text.lastIndexOf('\n') + 1);
        String id = HttpErrors.newRequestId();
        JsonObject body = new JsonObject();
        body.put("status", error);
        body.put("error", limit != null ? limit : last);
        body.put("requestId", id);
        HttpServletResponse resp = (HttpServletResponse) getResponse();
        resp.reset();
        resp.setHeader("X-Request-Id", id);
        HttpErrors.json(resp, error, body.toString());
    }
}
