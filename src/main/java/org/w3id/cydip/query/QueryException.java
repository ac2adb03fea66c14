package org.w3id.cydip.query;

import org.w3id.cydip.CydipException;

/** A query that cannot be parsed, a bad parameter, an unknown query name. */
public class QueryException extends CydipException {
    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
