package org.w3id.cydip.server;

import org.w3id.cydip.CydipException;

/**
 * A request refused before any work is done on it, for what it is rather than what
 * it asks: too large (413), or malformed (400: invalid UTF-8, a bad percent escape,
 * update text on a read-only route, a query nested too deeply to plan). The message
 * names what was wrong and where.
 */
public class RequestException extends CydipException {
    public RequestException(String message) {
        super(message);
    }

    /** Larger than a limit of the server's; the message names the limit and how to set it. */
    public static final class TooLarge extends RequestException {
        public TooLarge(String message) {
            super(message);
        }
    }

    /** Not well formed. */
    public static final class Malformed extends RequestException {
        public Malformed(String message) {
            super(message);
        }
    }
}
