package org.w3id.cydip.load;

import org.w3id.cydip.CydipException;

/**
 * An RDF file that cannot be read or written: a missing file, a syntax error, an
 * unknown format, a graph the deterministic Turtle writer cannot write, a full disk.
 */
public class LoadException extends CydipException {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
