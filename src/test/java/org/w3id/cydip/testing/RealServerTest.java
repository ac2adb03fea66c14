package org.w3id.cydip.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the tests that share one server over the real graph, started once per class and always stopped. */
public abstract class RealServerTest {
    protected static CydipTestServer server;

    @BeforeAll
    static void startRealServer() {
        server = CydipTestServer.real();
    }

    @AfterAll
    static void stopRealServer() {
        if (server != null)
            server.close();
        server = null;
    }
}
