package org.w3id.cydip.query;

/** A parameter value that is missing, unknown, malformed or not among the allowed values. */
public class BadParameterException extends QueryException {
    public BadParameterException(String message) {
        super(message);
    }
}
