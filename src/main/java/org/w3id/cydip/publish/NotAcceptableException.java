package org.w3id.cydip.publish;

import org.w3id.cydip.CydipException;

/** A request whose Accept header allows none of the offered representations (HTTP 406). */
public class NotAcceptableException extends CydipException {
    public NotAcceptableException(String message) {
        super(message);
    }
}
