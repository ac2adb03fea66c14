package org.w3id.cydip.server;

import java.io.IOException;

import org.w3id.cydip.curate.CurateException;
import org.w3id.cydip.curate.Entry;
import org.w3id.cydip.curate.EntryReader;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A POST-only API route: gives each request an id, reads the entry within the size
 * limit, and hands every failure to {@link HttpErrors}.
 */
abstract class ApiServlet extends HttpServlet {
    private final transient EntryReader reader;

    ApiServlet(EntryReader reader) {
        this.reader = reader;
    }

    @Override
    protected final void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String id = HttpErrors.newRequestId();
        resp.setHeader("X-Request-Id", id);
        try {
            handle(req, resp);
        } catch (Exception e) {
            HttpErrors.send(resp, id, e);
        }
    }

    abstract void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException;

    /** The request's entry; refuses a body declared larger than the limit before parsing it. */
    Entry entry(HttpServletRequest req) throws IOException {
        EntryReader.lang(req.getContentType());
        if (req.getContentLengthLong() > reader.maxBytes())
            throw Bodies.refusedUnread(req, new CurateException.TooLarge(reader.maxBytes()));
        try {
            return reader.read(req.getInputStream(), req.getContentType());
        } catch (CurateException.TooLarge e) {
            throw Bodies.refused(req, e);
        }
    }
}
