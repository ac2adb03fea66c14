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
 */
public record ServerOptions(String host, int port, Duration queryTimeout, List<String> federate) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServerOptions {
        federate = List.copyOf(federate);
    }

    /** Options without federation. */
    public ServerOptions(String host, int port, Duration queryTimeout) {
        this(host, port, queryTimeout, List.of());
    }

    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT);
    }

    public ServerOptions withPort(int p) {
        return new ServerOptions(host, p, queryTimeout, federate);
    }

    public ServerOptions withFederate(List<String> endpoints) {
        return new ServerOptions(host, port, queryTimeout, endpoints);
    }
}
