package org.w3id.cydip.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class CydipTestServerTest {
    @Test
    void closing_stops_the_server_and_deletes_its_copy_of_the_project() {
        Path home;
        String ping;
        try (CydipTestServer s = CydipTestServer.create().curate().curator("alice", "pw").start()) {
            home = s.project().root();
            ping = s.url("/$/ping");
            assertTrue(Files.isDirectory(home.resolve("data")));
            assertEquals(200, s.get("/$/ping").statusCode());
            assertEquals(401, s.post("/api/entries", "text/turtle", "", TestClient.basicAuth("alice", "wrong")).statusCode());
        }
        assertFalse(Files.exists(home));
        assertThrows(RuntimeException.class, () -> new TestClient("").get(ping));
    }
}
