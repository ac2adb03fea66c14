package org.w3id.cydip.query;

/** No canned query has the name asked for. */
public class UnknownQueryException extends QueryException {
    public UnknownQueryException(String message) {
        super(message);
    }
}
