package org.w3id.cydip.server;

import java.time.Duration;
import java.util.List;

/**
 * How the server listens and limits work.
 *
 * @param host         address to bind; 127.0.0.1 unless told otherwise
 * @param port         TCP port; 0 picks a free one (tests)
 * @param queryTimeout a query running longer than this is cut
 * @param federate     SPARQL endpoints a SERVICE clause may reach; empty: none
 * @param limits       what one request may cost (see {@link Limits})
 */
public record ServerOptions(String host, int port, Duration queryTimeout, List<String> federate, Limits limits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_SECONDS = 30;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    /** The largest store whose reads are served from an in-memory copy: about 4x the real graph (65,412 quads in 2026.12); larger stores are read directly, so the heap does not grow with them. */
    public static final long DEFAULT_READ_COPY_MAX_QUADS = 250_000;

    public ServerOptions {
        federate = List.copyOf(federate);
    }
}
