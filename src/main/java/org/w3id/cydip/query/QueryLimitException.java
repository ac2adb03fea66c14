package org.w3id.cydip.query;

import org.apache.jena.query.QueryCancelledException;

/**
 * A query cut because it went past one of the server's limits (a string longer
 * than the cap). It is Jena's {@link QueryCancelledException}, not a cydip
 * exception, because it is thrown inside query evaluation and must leave it the
 * way a timeout does: Fuseki answers a cancelled query 503, before any result is
 * sent. The reason is kept for the error body ({@link #takeReason()}): Fuseki's
 * own message only says the query timed out.
 */
public final class QueryLimitException extends QueryCancelledException {
    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<String> REASON = new ThreadLocal<>();
    private final String reason;

    public QueryLimitException(String reason) {
        this.reason = reason;
        REASON.set(reason);
    }

    @Override
    public String getMessage() {
        return reason;
    }

    /** The reason of the last limit this thread's query hit, cleared; null if none. */
    public static String takeReason() {
        String r = REASON.get();
        REASON.remove();
        return r;
    }
}
