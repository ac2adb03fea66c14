package org.w3id.cydip.server;

import java.io.IOException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.publish.NotAcceptableException;
import org.w3id.cydip.publish.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place where failures become HTTP statuses: unknown thing 404, no
 * acceptable representation 406, anything else 500 with a request id in the log.
 */
public final class HttpErrors {
    private static final Logger LOG = LoggerFactory.getLogger(HttpErrors.class);

    private HttpErrors() {}

    public static int status(Throwable e) {
        if (e instanceof NotFoundException)
            return HttpServletResponse.SC_NOT_FOUND;
        if (e instanceof NotAcceptableException)
            return HttpServletResponse.SC_NOT_ACCEPTABLE;
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Sends {@code e} as a plain-text error, unless the response is already under way. */
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
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }
}
