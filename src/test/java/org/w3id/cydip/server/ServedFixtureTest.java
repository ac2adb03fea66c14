package org.w3id.cydip.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.w3id.cydip.testing.CydipTestServer;

/** Base of the tests that share one server on the linked-data fixture, started once and always stopped. */
abstract class ServedFixtureTest {
    static CydipTestServer fx;

    @BeforeAll
    static void start() {
        fx = CydipTestServer.fixture();
    }

    @AfterAll
    static void stop() {
        if (fx != null)
            fx.close();
        fx = null;
    }
}
