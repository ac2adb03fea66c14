package org.w3id.cydip.curate;

import org.w3id.cydip.CydipException;

/**
 * A curator's request that cannot be handled: too large, in an unknown syntax,
 * without valid credentials, or a change log that cannot be written. An entry
 * that does not conform is not an exception: it is a validation report.
 */
public class CurateException extends CydipException {
    public CurateException(String message) {
        super(message);
    }

    public CurateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The entry is larger than the configured limit. */
    public static final class TooLarge extends CurateException {
        public TooLarge(long limit) {
            super("the entry is larger than the limit of " + limit + " bytes");
        }
    }

    /** The entry's media type is not an RDF syntax. */
    public static final class UnsupportedSyntax extends CurateException {
        public UnsupportedSyntax(String mediaType) {
            super("unsupported media type (RDF syntax) " + (mediaType == null ? "(none)" : "\"" + mediaType + "\"")
                    + "; send text/turtle, application/n-triples, application/ld+json, application/rdf+xml, application/trig or application/n-quads");
        }
    }

    /** No credentials, or wrong ones. */
    public static final class Unauthenticated extends CurateException {
        public Unauthenticated(String message) {
            super(message);
        }
    }

    /** Too many login attempts from one address or for one user; retry after {@link #retryAfterSeconds()}. */
    public static final class TooManyAttempts extends CurateException {
        private final long retryAfterSeconds;

        public TooManyAttempts(long retryAfterSeconds, int attempts, java.time.Duration per) {
            super("too many login attempts (at most " + attempts + " per " + per.toSeconds()
                    + " s from one address or for one user); retry in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /**
     * A patch of the change log that is not what it says: not an RDF Patch, or a
     * body that does not match its id (changed after it was written).
     */
    public static final class BadPatch extends CurateException {
        public BadPatch(String message) {
            super(message);
        }
    }
}
