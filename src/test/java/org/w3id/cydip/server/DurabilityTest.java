package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.ChangeLog;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.PasswordHash;

/**
 * Accepted entries survive a restart and a killed server: the server runs as a
 * separate JVM on a TDB2 store and is stopped with {@code destroyForcibly()}.
 */
class DurabilityTest {
    static final Pattern URL = Pattern.compile("at (http://[^ ]+)/cydip/sparql");
    @TempDir
    Path dir;
    Path project;
    Path store;
    Path curators;
    final List<Process> started = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() throws IOException {
        project = TestProject.create(dir.resolve("project")).root();
        store = dir.resolve("store");
        curators = dir.resolve("curators.txt");
        Files.writeString(curators, "alice:" + PasswordHash.hash("s3cret".toCharArray(), 1000) + "\n");
    }

    @AfterEach
    void killAll() {
        started.forEach(Process::destroyForcibly);
    }

    /** Starts {@code cydip serve} in its own JVM; returns its base URL once it listens. */
    String serve() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", cp, "org.w3id.cydip.cli.Main", "serve", "--home",
                project.toString(), "--store", store.toString(), "--port", "0", "--curators", curators.toString());
        pb.redirectError(dir.resolve("server-" + started.size() + ".err").toFile());
        Process p = pb.start();
        started.add(p);
        CompletableFuture<String> url = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    Matcher m = URL.matcher(line);
                    if (m.find())
                        return m.group(1);
                }
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
            throw new IllegalStateException("the server stopped before listening");
        });
        return url.get(60, TimeUnit.SECONDS);
    }

    static void kill(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }

    HttpRequest entry(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/entries")).header("Content-Type", "text/turtle")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static long curated(String base) {
        try (QueryExecution q = QueryExecution.service(base + "/cydip/sparql")
                .query("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/cydip/graph/curated> { ?s ?p ?o } }").build()) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void accepted_entry_survives_a_killed_server_and_is_not_reloaded_from_data() throws Exception {
        String base = serve();
        var r = http.send(entry(base, Files.readString(Path.of("src/test/resources/entries/vote-usa.ttl"))), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"durable\" : true"), r.body());
        kill(started.get(0));

        String again = serve();
        assertEquals(6, curated(again));
        assertEquals(1, ChangeLog.directory(CurateSettings.changeDir(store)).changes().size());
        String err = Files.readString(dir.resolve("server-1.err"));
        assertTrue(err.contains("reusing the store"), err);
    }

    @Test
    void server_killed_mid_request_leaves_all_of_the_entry_or_none() throws Exception {
        String base = serve();
        assertEquals(201, http.send(entry(base, Files.readString(Path.of("src/test/resources/entries/vote-usa.ttl"))),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        int states = 400;
        var pending = http.sendAsync(entry(base, manyStates(states)), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(150);
        kill(started.get(0));
        boolean acknowledged = pending.handle((resp, ex) -> resp != null && resp.statusCode() == 201).get();

        String again = serve();
        long n = curated(again);
        int logged = ChangeLog.directory(CurateSettings.changeDir(store)).changes().size();
        assertTrue(n == 6 || n == 6 + 4L * states, "curated triples: " + n);
        assertEquals(n == 6 ? 1 : 2, logged, "the log holds exactly the committed entries");
        if (acknowledged)
            assertEquals(6 + 4L * states, n);
    }

    static String manyStates(int n) {
        StringBuilder sb = new StringBuilder("@prefix cydip: <https://w3id.org/cydip/ontology#> .\n");
        for (int i = 0; i < n; i++) {
            String code = "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
            sb.append("<https://w3id.org/cydip/id/state/Z").append(i).append("> a cydip:State ; ")
              .append("<http://www.w3.org/2000/01/rdf-schema#label> \"State ").append(i).append("\"@en ; ")
              .append("cydip:iso3 \"").append(code).append("\" ; ")
              .append("cydip:source <https://w3id.org/cydip/id/source/0000000000000001> .\n");
        }
        return sb.toString();
    }
}
