package org.w3id.cydip.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/** What is done with the rest of a request body that is refused. */
final class Bodies {
    /** At most this much of a refused body is read and dropped; past it the connection is closed on the sender. */
    static final long DRAINED = 16L << 20;

    private Bodies() {}

    /**
     * A body refused before any of it was read (its declared length is over the limit): {@link #refused}, except
     * that a client which sends it only once told to continue ({@code Expect: 100-continue}) is not told so.
     */
    static <E extends RuntimeException> E refusedUnread(HttpServletRequest req, E refusal) throws IOException {
        return req.getHeader("Expect") != null ? refusal : refused(req, refusal);
    }

    /**
     * Reads and drops up to {@value #DRAINED} more bytes of the body of {@code req}, then returns {@code refusal} to be
     * thrown: a client still sending a body over the limit would otherwise meet a connection closed with its bytes
     * unread (a reset, which loses the 4xx on its way), not the answer. A body declared larger than that is not read:
     * its connection is closed on it either way.
     */
    static <E extends RuntimeException> E refused(HttpServletRequest req, E refusal) throws IOException {
        if (req.getContentLengthLong() > DRAINED)
            return refusal;
        InputStream rest = req.getInputStream();
        long left = DRAINED;
        for (long n; left > 0 && (n = rest.skip(left)) > 0; )
            left -= n;
        return refusal;
    }
}
