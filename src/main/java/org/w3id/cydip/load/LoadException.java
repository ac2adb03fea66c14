package org.w3id.cydip.load;

import org.w3id.cydip.CydipException;

/** Input that cannot be read: a missing file, a syntax error, an unknown format. */
public class LoadException extends CydipException {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
