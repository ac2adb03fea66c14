package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.testing.CydipTestServer;

/**
 * Queries that no single request may use to take the server down (issue #11,
 * items 1, 2 and 8): each ends within the timeout, with a 503 naming the limit or
 * an answer, and a result cut while it was sent never looks complete.
 */
class BoundedQueryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static CydipTestServer server;

    @BeforeAll
    static void start() {
        server = CydipTestServer.create().timeout(TIMEOUT).start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void the_backtracking_regex_of_the_issue_answers_at_once() {
        String q = "SELECT ?x WHERE { BIND(CONCAT(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"!\") AS ?x) FILTER(REGEX(?x,\"(.*a){14}$\")) }";
        long t0 = System.nanoTime();
        var r = server.get("/cydip/sparql?query=" + enc(q), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("x", r.body().strip());
        assertTrue(System.nanoTime() - t0 < TIMEOUT.toNanos(), "took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @Test
    void the_same_pattern_through_fn_matches_answers_at_once() {
        String q = "PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT ?x WHERE { BIND(\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" AS ?x) FILTER(fn:matches(?x,\"(.*a){20}$\")) }";
        long t0 = System.nanoTime();
        var r = server.get("/cydip/sparql?query=" + enc(q), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(System.nanoTime() - t0 < TIMEOUT.toNanos(), "took " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }

    @Test
    void regex_and_replace_still_answer_as_sparql_says() {
        String q = "SELECT ?r ?m WHERE { BIND(REPLACE(\"Budapest Convention\"@en, \"(\\\\w+) (\\\\w+)\", \"$2 of $1\") AS ?r)"
                + " BIND(REGEX(\"ABC\", \"b\", \"i\") AS ?m) }";
        var r = server.get("/cydip/sparql?query=" + enc(q), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("r,m\nConvention of Budapest,true", r.body().strip().replace("\r", ""));
    }

    @Test
    void strings_doubled_thirty_times_are_cut_with_503_naming_the_limit() {
        StringBuilder q = new StringBuilder("SELECT (STRLEN(?x30) AS ?n) WHERE { BIND(\"0123456789abcdef0123456789abcdef\" AS ?x0)");
        for (int i = 1; i <= 30; i++)
            q.append(" BIND(CONCAT(?x").append(i - 1).append(", ?x").append(i - 1).append(") AS ?x").append(i).append(')');
        q.append(" }");
        var r = server.get("/cydip/sparql?query=" + enc(q.toString()), "Accept", "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("--max-string-chars"), r.body());
    }

    @Test
    void group_concat_over_a_product_is_cut_with_503_naming_the_limit() {
        String q = "SELECT (STRLEN(GROUP_CONCAT(STR(?c))) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }";
        var r = server.get("/cydip/sparql?query=" + enc(q), "Accept", "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("--max-string-chars"), r.body());
    }

    @Test
    void a_tdb2_store_answers_the_rewritten_functions_too(@TempDir Path dir) {
        try (CydipTestServer s = CydipTestServer.create().store(dir.resolve("store")).start()) {
            String q = "SELECT (COUNT(*) AS ?n) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l"
                    + " FILTER(REGEX(STR(?l), \"^fr\", \"i\")) BIND(CONCAT(STR(?l), \"!\") AS ?x) }";
            var viaStore = s.get("/cydip/sparql?query=" + enc(q), "Accept", "text/csv");
            var inMemory = server.get("/cydip/sparql?query=" + enc(q), "Accept", "text/csv");
            assertEquals(200, viaStore.statusCode(), viaStore.body());
            assertEquals(inMemory.body(), viaStore.body());
            assertTrue(!inMemory.body().strip().endsWith("n") && !inMemory.body().strip().endsWith("\n0"), inMemory.body());
        }
    }

    @Test
    void a_function_named_by_java_class_is_not_loaded() {
        String q = "SELECT ?x WHERE { BIND(<java:org.apache.jena.sparql.function.library.FN_StrConcat>(\"a\", \"b\") AS ?x) }";
        var r = server.get("/cydip/sparql?query=" + enc(q), "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertFalse(r.body().contains("ab"), r.body());
    }

    @Test
    void a_result_cut_by_the_timeout_while_it_was_sent_is_never_a_complete_200() throws Exception {
        String q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url("/cydip/sparql?query=" + enc(q))))
                .header("Accept", "text/tab-separated-values").build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200)
                return;   // cut before it was sent: an error status, as good
            boolean complete;
            try (InputStream in = r.body()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
                complete = true;
            } catch (IOException e) {
                complete = false;
            }
            assertFalse(complete, "a 200 whose body ended as if complete");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
