package org.w3id.cydip.server;

import java.io.IOException;
import java.io.InputStream;

/** What is done with the rest of a request body that is refused. */
final class Bodies {
    /** At most this much of a refused body is read and dropped; past it the connection is closed on the sender. */
    static final long DRAINED = 16L << 20;

    private Bodies() {}

    /**
     * Reads and drops up to {@value #DRAINED} more bytes of {@code rest}, then returns {@code refusal} to be thrown:
     * a client still sending a body over the limit would otherwise meet a connection closed with its bytes unread
     * (a reset, which loses the 4xx on its way), not the answer.
     */
    static <E extends RuntimeException> E refused(InputStream rest, E refusal) throws IOException {
        long left = DRAINED;
        for (long n; left > 0 && (n = rest.skip(left)) > 0; )
            left -= n;
        return refusal;
    }
}
