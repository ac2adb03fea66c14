package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.ChangeLog;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.FaultPoint;
import org.w3id.cydip.curate.PasswordHash;
import org.w3id.cydip.testing.ServeProcess;
import org.w3id.cydip.testing.StateEntries;
import org.w3id.cydip.testing.TestClient;

/**
 * Accepted entries survive a restart and a killed server: the server runs as a
 * separate JVM on a TDB2 store and is stopped with {@code destroyForcibly()}, or
 * halts itself at an injected fault ({@link FaultPoint}): between writing an
 * entry's change-log file and committing it, the start-up reconcile sets the file
 * aside and nothing acknowledged is lost (issue #11, item 8).
 */
class DurabilityTest {
    static final String[] ALICE = TestClient.basicAuth("alice", "s3cret");
    @TempDir
    Path dir;
    Path project;
    Path store;
    Path curators;
    final List<ServeProcess> started = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        project = TestProject.create(dir.resolve("project")).root();
        store = dir.resolve("store");
        curators = dir.resolve("curators.txt");
        Files.writeString(curators, "alice:" + PasswordHash.hash("s3cret".toCharArray(), 1000) + "\n");
    }

    @AfterEach
    void killAll() {
        started.forEach(ServeProcess::kill);
    }

    /** Starts {@code cydip serve} on the store in its own JVM, once it listens. */
    TestClient serve() {
        return serve(List.of()).client();
    }

    /** As {@link #serve()}, the JVM started with {@code jvm} options (a fault to inject). */
    ServeProcess serve(List<String> jvm) {
        ServeProcess p = ServeProcess.start(jvm, Duration.ofSeconds(60), dir.resolve("server-" + started.size() + ".err"),
                "--home", project.toString(), "--store", store.toString(), "--curators", curators.toString());
        started.add(p);
        return p;
    }

    static HttpResponse<String> postEntry(TestClient server, String body) {
        return server.post("/api/entries", "text/turtle", body, ALICE);
    }

    static long curated(TestClient server) {
        try (QueryExecution q = QueryExecution.service(server.url("/cydip/sparql"))
                .query("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/cydip/graph/curated> { ?s ?p ?o } }").build()) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    static String voteUsa() throws IOException {
        return Files.readString(TestProject.entry("vote-usa.ttl"));
    }

    @Test
    void accepted_entry_survives_a_killed_server_and_is_not_reloaded_from_data() throws Exception {
        var r = postEntry(serve(), voteUsa());
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"durable\" : true"), r.body());
        started.get(0).kill();

        TestClient again = serve();
        assertEquals(6, curated(again));
        assertEquals(1, ChangeLog.directory(CurateSettings.changeDir(store)).changes().size());
        String err = Files.readString(dir.resolve("server-1.err"));
        assertTrue(err.contains(": reused (unchanged since it was validated"), err);
    }

    @Test
    void server_killed_mid_request_leaves_all_of_the_entry_or_none() throws Exception {
        TestClient first = serve();
        assertEquals(201, postEntry(first, voteUsa()).statusCode());
        int states = 400;
        String big = StateEntries.states(states);
        // The entry must be one the server accepts, or the test would only ever see it refused.
        HttpResponse<String> check = first.post("/api/validate", "text/turtle", big);
        assertTrue(check.body().contains("\"conforms\" : true"), check.body());
        var pending = CompletableFuture.supplyAsync(() -> postEntry(first, big));
        Thread.sleep(150);
        started.get(0).kill();
        boolean acknowledged = pending.handle((resp, ex) -> resp != null && resp.statusCode() == 201).get();

        TestClient again = serve();
        long n = curated(again);
        int logged = ChangeLog.directory(CurateSettings.changeDir(store)).changes().size();
        assertTrue(n == 6 || n == 6 + 4L * states, "curated triples: " + n);
        assertEquals(n == 6 ? 1 : 2, logged, "the log holds exactly the committed entries");
        if (acknowledged)
            assertEquals(6 + 4L * states, n);
    }

    @Test
    void a_change_logged_but_never_committed_is_set_aside_and_nothing_acknowledged_is_lost() throws Exception {
        ServeProcess first = serve(List.of());
        assertEquals(201, postEntry(first.client(), voteUsa()).statusCode());
        first.kill();

        ServeProcess faulty = serve(List.of("-D" + FaultPoint.PROPERTY + "=" + FaultPoint.AFTER_CHANGE_LOG));
        boolean answered;
        try {
            answered = postEntry(faulty.client(), StateEntries.state("XAA")).statusCode() == 201;
        } catch (RuntimeException connectionLost) {
            answered = false;
        }
        assertTrue(!answered, "the halted server acknowledged the entry");
        Path changes = CurateSettings.changeDir(store);
        faulty.kill();

        TestClient again = serve(List.of()).client();
        assertEquals(6, curated(again), "the acknowledged entry, and only it");
        assertEquals(1, ChangeLog.directory(changes).changes().size());
        assertEquals(1, aborted(changes), "the uncommitted change set aside");
        assertEquals(201, postEntry(again, StateEntries.state("XAB")).statusCode());
        assertEquals(2, ChangeLog.directory(changes).changes().size(), "the chain goes on after the set-aside change");
    }

    private static long aborted(Path changes) throws IOException {
        try (Stream<Path> files = Files.list(changes)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".aborted")).count();
        }
    }
}
