package org.w3id.cydip.server;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Base of the tests that share one server on the publish fixture, started once and always stopped. */
abstract class ServedFixtureTest {
    static PublishFixture fx;

    @BeforeAll
    static void start() throws IOException {
        fx = PublishFixture.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (fx != null)
            fx.close();
        fx = null;
    }
}
