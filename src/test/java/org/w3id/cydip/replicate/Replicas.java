package org.w3id.cydip.replicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.testing.TestClient;

/** Test help for primaries and replicas (tests and benchmarks): entries to accept, and waiting for a replica to catch up. */
public final class Replicas {
    static final String[] ALICE = TestClient.basicAuth("alice", "pw");
    /** How long a replica may take to serve an accepted entry (loopback, a loaded machine). */
    static final Duration BOUND = Duration.ofSeconds(20);

    private Replicas() {}

    /** A primary: the curator fixture in a store, with curator alice. */
    static CydipTestServer primary(Path store) {
        return CydipTestServer.create().curate().store(store).curator("alice", "pw").start();
    }

    /** A replica of {@code primary}, in memory or in {@code store}. */
    static CydipTestServer replica(CydipTestServer primary, Path store) {
        return CydipTestServer.create().curate().store(store).follow(primary.url("")).start();
    }

    /** Accepts {@code entry} on the primary; returns the id of its change. */
    static String accept(CydipTestServer primary, String entry) {
        HttpResponse<String> r = primary.post("/api/entries", "text/turtle", entry, ALICE);
        assertEquals(201, r.statusCode(), r.body());
        return ChangeHead.id(primary.dataset());
    }

    public static JsonObject status(TestClient server) {
        HttpResponse<String> r = server.get("/$/status");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body());
    }

    public static String text(JsonObject o, String key) {
        return o.get(key) == null || o.get(key).isNull() ? null : o.get(key).getAsString().value();
    }

    /** Waits until the replica's status satisfies {@code until}; fails with the last status after {@code bound}. */
    static JsonObject await(TestClient replica, Duration bound, Function<JsonObject, Boolean> until) {
        long deadline = System.nanoTime() + bound.toNanos();
        JsonObject s = status(replica);
        while (!until.apply(s)) {
            if (System.nanoTime() > deadline)
                fail("not within " + bound + ": " + s);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(e);
            }
            s = status(replica);
        }
        return s;
    }

    /** Waits until the replica holds change {@code id}. */
    static JsonObject awaitApplied(TestClient replica, String id) {
        return await(replica, BOUND, s -> id.equals(text(s, "lastApplied")));
    }

    static TestClient client(CydipTestServer s) {
        return new TestClient(s.url(""));
    }
}
