package org.w3id.cydip.server;

import org.w3id.cydip.CydipException;

/** A {@code Range} request none of whose ranges lies inside the resource (HTTP 416). */
public final class UnsatisfiableRangeException extends CydipException {
    private final long length;

    public UnsatisfiableRangeException(String what, long length) {
        super(what + ": no byte range of the request lies within its " + length + " bytes");
        this.length = length;
    }

    /** The resource's length, for {@code Content-Range: bytes *}{@code /LENGTH}. */
    public long length() {
        return length;
    }
}
