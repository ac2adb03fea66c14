package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.CydipTestServer;

/**
 * Admission control (issue #11): with every place in the raw-SPARQL lane taken,
 * the next raw query is refused at once with 503 and Retry-After, while a canned
 * query, a linked-data page and the status still answer: cheap work is never
 * starved behind expensive work.
 */
class AdmissionTest {
    private static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @Test
    void a_full_sparql_lane_refuses_with_503_and_other_lanes_still_answer() throws Exception {
        try (CydipTestServer s = CydipTestServer.create().timeout(Duration.ofSeconds(6))
                .limits(Limits.defaults().withMaxConcurrent(1)).start()) {
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> s.get(sparql(SLOW)));
            Thread.sleep(1000);   // the slow query holds the lane's one place
            var refused = s.get(sparql("ASK {}"));
            assertEquals(503, refused.statusCode(), refused.body());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
            assertTrue(refused.body().contains("--max-concurrent"), refused.body());
            assertEquals(200, s.get("/api/queries/votes-on-resolution", "Accept", "text/csv").statusCode());
            assertEquals(200, s.get("/id/state/FRA", "Accept", "text/turtle").statusCode());
            assertEquals(200, s.get("/$/status").statusCode());
            assertEquals(503, slow.get().statusCode(), "the slow query itself is cut by the timeout");
            assertEquals(200, s.get(sparql("ASK {}")).statusCode(), "the place is given back");
        }
    }

    private static String sparql(String q) {
        return "/cydip/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }
}
