package org.w3id.cydip;

/**
 * Root of cydip's unchecked exceptions. Each phase has its own subtype
 * ({@code LoadException}, {@code QueryException}, ...). Non-conformance is not an
 * exception: it is a validation report.
 */
public class CydipException extends RuntimeException {
    public CydipException(String message) {
        super(message);
    }

    public CydipException(String message, Throwable cause) {
        super(message, cause);
    }
}
