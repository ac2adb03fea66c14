package org.w3id.cydip.server;

/** The server cannot take the request now (no place in its lane, or the heap nearly full): 503 with Retry-After. */
public final class BusyException extends RequestException {
    public BusyException(String message) {
        super(message);
    }
}
