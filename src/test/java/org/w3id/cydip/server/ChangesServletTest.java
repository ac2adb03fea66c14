package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.curate.SealedPatch;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.testing.TestClient;

/** {@code /changes} on a primary: the list, a patch, entity tags, the long poll and byte ranges. */
class ChangesServletTest {
    static final String[] ALICE = TestClient.basicAuth("alice", "pw");
    @TempDir
    Path dir;
    CydipTestServer primary;

    @BeforeEach
    void start() {
        primary = CydipTestServer.create().curate().store(dir.resolve("store")).curator("alice", "pw").start();
    }

    @AfterEach
    void stop() {
        primary.close();
    }

    String accept(String code) {
        String entry = "@prefix cydip: <https://w3id.org/cydip/ontology#> .\n<https://w3id.org/cydip/id/state/" + code
                + "> a cydip:State ; <http://www.w3.org/2000/01/rdf-schema#label> \"" + code + "\"@en ; cydip:iso3 \"" + code
                + "\" ; cydip:source <https://w3id.org/cydip/id/source/0000000000000001> .";
        assertEquals(201, primary.post("/api/entries", "text/turtle", entry, ALICE).statusCode());
        return ChangeHead.id(primary.dataset());
    }

    static JsonObject json(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.parse(r.body());
    }

    @Test
    void an_empty_log_lists_nothing_and_has_no_newest() {
        JsonObject o = json(primary.get("/changes"));
        assertTrue(o.get("newest").isNull());
        assertEquals(0, o.get("changes").getAsArray().size());
        assertEquals("\"none\"", primary.get("/changes").headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void the_list_gives_the_chain_oldest_first_and_after_gives_what_follows() {
        String a = accept("CAN");
        String b = accept("MEX");
        JsonObject all = json(primary.get("/changes"));
        assertEquals(b, all.getString("newest"));
        JsonArray changes = all.get("changes").getAsArray();
        assertEquals(2, changes.size());
        assertEquals(a, changes.get(0).getAsObject().getString("id"));
        assertTrue(changes.get(0).getAsObject().get("prev").isNull());
        assertEquals(a, changes.get(1).getAsObject().getString("prev"));
        assertEquals("/changes/" + SealedPatch.digestOf(b), changes.get(1).getAsObject().getString("href"));

        JsonArray after = json(primary.get("/changes?after=" + URLEncoder.encode(a, StandardCharsets.UTF_8))).get("changes").getAsArray();
        assertEquals(1, after.size());
        assertEquals(b, after.get(0).getAsObject().getString("id"));
        assertEquals(0, json(primary.get("/changes?after=" + SealedPatch.digestOf(b))).get("changes").getAsArray().size());
        assertEquals(1, json(primary.get("/changes?limit=1")).get("changes").getAsArray().size());
        assertTrue(json(primary.get("/changes?limit=1")).get("more").getAsBoolean().value());
    }

    @Test
    void a_change_the_log_does_not_hold_is_404_and_a_bad_number_400() {
        accept("CAN");
        HttpResponse<String> r = primary.get("/changes?after=" + "A".repeat(43));
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("no change"), r.body());
        assertEquals(404, primary.get("/changes/" + "A".repeat(43)).statusCode());
        assertEquals(400, primary.get("/changes?wait=forever").statusCode());
        assertEquals(400, primary.get("/changes?limit=-1").statusCode());
    }

    @Test
    void a_patch_is_served_as_written_immutable_with_its_digest_as_entity_tag() {
        String id = accept("CAN");
        String digest = SealedPatch.digestOf(id);
        HttpResponse<byte[]> r = primary.getBytes("/changes/" + digest);
        assertEquals(200, r.statusCode());
        assertEquals("application/rdf-patch", r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertEquals("\"" + digest + "\"", r.headers().firstValue("ETag").orElseThrow());
        assertTrue(r.headers().firstValue("Cache-Control").orElseThrow().contains("immutable"));
        assertEquals(id, SealedPatch.verify(r.body()).id());
        assertEquals(304, primary.getBytes("/changes/" + digest, "If-None-Match", "\"" + digest + "\"").statusCode());
    }

    @Test
    void a_byte_range_of_a_patch_is_206_and_a_range_outside_it_416() {
        String digest = SealedPatch.digestOf(accept("CAN"));
        byte[] whole = primary.getBytes("/changes/" + digest).body();
        HttpResponse<byte[]> part = primary.getBytes("/changes/" + digest, "Range", "bytes=10-");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 10-" + (whole.length - 1) + "/" + whole.length, part.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(whole, 10, whole.length), part.body());
        HttpResponse<byte[]> none = primary.getBytes("/changes/" + digest, "Range", "bytes=" + whole.length + "-");
        assertEquals(416, none.statusCode());
        assertEquals("bytes */" + whole.length, none.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void the_list_answers_a_matching_entity_tag_with_304() {
        String id = accept("CAN");
        String etag = "\"" + SealedPatch.digestOf(id) + "\"";
        HttpResponse<String> r = primary.get("/changes", "If-None-Match", etag);
        assertEquals(304, r.statusCode());
        assertEquals(etag, r.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, primary.get("/changes", "If-None-Match", "\"none\"").statusCode());
    }

    @Test
    void a_long_poll_returns_as_soon_as_an_entry_is_committed() throws Exception {
        String first = accept("CAN");
        String etag = "\"" + SealedPatch.digestOf(first) + "\"";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> poll = CompletableFuture.supplyAsync(() -> primary.get(
                "/changes?wait=20&after=" + SealedPatch.digestOf(first), "If-None-Match", etag));
        Thread.sleep(300);
        assertTrue(!poll.isDone(), "the request waits while nothing is new");
        String second = accept("MEX");
        HttpResponse<String> r = poll.get();
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(second, json(r).getString("newest"));
        assertTrue(seconds < 15, "answered when the entry came, not at the end of the wait: " + seconds + " s");
    }

    @Test
    void a_primary_reports_its_newest_change_at_status() {
        String id = accept("CAN");
        JsonObject s = json(primary.get("/$/status"));
        assertEquals("primary", s.getString("role"));
        assertEquals(id, s.getString("newest"));
    }
}
