package org.w3id.cydip.ingest;

import org.w3id.cydip.CydipException;

/** A source table that cannot be imported: unreadable, malformed, or naming something unknown. */
public class ImportException extends CydipException {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
