package org.w3id.cydip.query;

/** A well-formed parameter value that names nothing in the graph ({@code resolution=A/RES/99/1}): HTTP 404, exit 2. */
public class NoSuchValueException extends QueryException {
    public NoSuchValueException(String message) {
        super(message);
    }
}
