package org.w3id.cydip.replicate;

import org.w3id.cydip.CydipException;

/** Replication that cannot go on: a primary out of reach, a change it does not hold, a patch a replica refuses. */
public class ReplicateException extends CydipException {
    public ReplicateException(String message) {
        super(message);
    }

    public ReplicateException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * A patch the replica will not apply, or a chain it cannot follow: it stops
     * following and keeps serving what it has. Only a person can put this right.
     */
    public static final class Refused extends ReplicateException {
        public Refused(String message) {
            super(message);
        }

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The primary did not answer as it should, for now: the replica tries again. */
    public static final class Unreachable extends ReplicateException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A change this log does not hold (the primary answers 404). */
    public static final class UnknownChange extends ReplicateException {
        public UnknownChange(String message) {
            super(message);
        }
    }
}
