package org.w3id.cydip.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the web tests that share one server over the real graph, started once per class and always stopped. */
abstract class ServedRealGraph {
    static RealGraphServer server;

    @BeforeAll
    static void start() {
        server = RealGraphServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        server = null;
    }
}
