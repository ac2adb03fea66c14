package org.w3id.cydip.server;

import org.w3id.cydip.CydipException;

/** A server setting that cannot be used, such as a federation endpoint that is not an http(s) URL. */
public class ServerConfigException extends CydipException {
    public ServerConfigException(String message) {
        super(message);
    }
}
