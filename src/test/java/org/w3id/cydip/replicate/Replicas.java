package org.w3id.cydip.replicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /** The fixture's source document (the real graph's sources are others). */
    static final String FIXTURE_SOURCE = "https://w3id.org/cydip/id/source/0000000000000001";

    /** A new state with ISO code {@code code} (three capital letters), as an entry citing the fixture's source. */
    public static String state(String code) {
        return state(code, FIXTURE_SOURCE);
    }

    /** A new state with ISO code {@code code}, as an entry citing {@code source}. */
    public static String state(String code, String source) {
        return "@prefix cydip: <https://w3id.org/cydip/ontology#> .\n"
                + "<https://w3id.org/cydip/id/state/" + code + "> a cydip:State ;\n"
                + "  <http://www.w3.org/2000/01/rdf-schema#label> \"State " + code + "\"@en ;\n"
                + "  cydip:iso3 \"" + code + "\" ;\n"
                + "  cydip:source <" + source + "> .\n";
    }

    /** One entry of {@code n} new states (at most {@link #CODES}), with codes ISO 3166 leaves to users. */
    static String states(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++)
            sb.append(state(code(i)));
        return sb.toString();
    }

    /** The codes ISO 3166-1 leaves to users (AAA-AAZ, QMA-QZZ, XAA-XZZ, ZZA-ZZZ), but XKX (Kosovo, in the graph). */
    private static final List<String> USER_CODES = userCodes();
    public static final int CODES = USER_CODES.size();

    private static List<String> userCodes() {
        List<String> out = new ArrayList<>();
        for (String two : new String[] {"AA", "QM", "QN", "QO", "QP", "QQ", "QR", "QS", "QT", "QU", "QV", "QW", "QX", "QY", "QZ", "ZZ"})
            for (char c = 'A'; c <= 'Z'; c++)
                out.add(two + c);
        for (char b = 'A'; b <= 'Z'; b++)
            for (char c = 'A'; c <= 'Z'; c++)
                if (!(b == 'K' && c == 'X'))
                    out.add("X" + b + c);
        return List.copyOf(out);
    }

    /** The {@code i}th user-assigned code. */
    public static String code(int i) {
        return USER_CODES.get(i);
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
