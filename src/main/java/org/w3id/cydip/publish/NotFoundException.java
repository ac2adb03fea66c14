package org.w3id.cydip.publish;

import org.w3id.cydip.CydipException;

/** A linked-data request for something the graph does not describe (HTTP 404). */
public class NotFoundException extends CydipException {
    public NotFoundException(String message) {
        super(message);
    }
}
