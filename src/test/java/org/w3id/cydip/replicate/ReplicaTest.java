package org.w3id.cydip.replicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.replicate.Replicas.accept;
import static org.w3id.cydip.replicate.Replicas.awaitApplied;
import static org.w3id.cydip.replicate.Replicas.client;
import static org.w3id.cydip.replicate.Replicas.primary;
import static org.w3id.cydip.replicate.Replicas.replica;
import static org.w3id.cydip.testing.StateEntries.state;
import static org.w3id.cydip.replicate.Replicas.status;
import static org.w3id.cydip.replicate.Replicas.text;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.SealedPatch;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.testing.CydipTestServer;

/** A primary and its replicas on loopback, port 0: what the replicas serve, and when they refuse. */
class ReplicaTest {
    @TempDir
    Path dir;
    final List<CydipTestServer> started = new java.util.ArrayList<>();

    @AfterEach
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--)
            started.get(i).close();
    }

    CydipTestServer started(CydipTestServer s) {
        started.add(s);
        return s;
    }

    static final String ASK_CAN = "ASK { <https://w3id.org/cydip/id/state/CAN> a <https://w3id.org/cydip/ontology#State> }";

    static boolean ask(CydipTestServer s, String query) {
        HttpResponse<String> r = s.get("/cydip/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().contains("true");
    }

    @Test
    void both_replicas_serve_an_accepted_entry_and_every_canned_query_answers_as_on_the_primary() {
        CydipTestServer primary = started(primary(dir.resolve("primary")));
        CydipTestServer inMemory = started(replica(primary, null));
        CydipTestServer stored = started(replica(primary, dir.resolve("replica")));
        assertFalse(ask(inMemory, ASK_CAN));

        String id = accept(primary, state("CAN"));
        awaitApplied(client(inMemory), id);
        awaitApplied(client(stored), id);
        assertTrue(ask(inMemory, ASK_CAN));
        assertTrue(ask(stored, ASK_CAN));

        QueryCatalogue queries = QueryCatalogue.load(primary.project());
        int compared = 0;
        for (CannedQuery q : queries.all()) {
            HttpResponse<String> expected = primary.get("/api/queries/" + q.name(), "Accept", "application/sparql-results+json");
            for (CydipTestServer replica : List.of(inMemory, stored)) {
                HttpResponse<String> actual = replica.get("/api/queries/" + q.name(), "Accept", "application/sparql-results+json");
                assertEquals(expected.statusCode(), actual.statusCode(), q.name() + ": " + actual.body());
                if (expected.statusCode() == 200)
                    assertSameResults(q, expected.body(), actual.body());
            }
            compared += expected.statusCode() == 200 ? 1 : 0;
        }
        assertTrue(compared >= queries.all().size() - 1, "every canned query but the federated one answers: " + compared);
    }

    static void assertSameResults(CannedQuery q, String expected, String actual) {
        ResultSetRewindable a = results(expected);
        ResultSetRewindable b = results(actual);
        boolean same = q.query().hasOrderBy() ? ResultsCompare.equalsByTermAndOrder(a, b) : ResultsCompare.equalsByTerm(a, b);
        assertTrue(same, q.name() + " differs on the replica:\nprimary: " + expected + "\nreplica: " + actual);
    }

    static ResultSetRewindable results(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }

    /** A replica in {@code store} that applied one entry (CAN) of {@code primary} and was stopped; returns the entry's change. */
    static String stoppedReplica(CydipTestServer primary, Path store) {
        String id = accept(primary, state("CAN"));
        try (CydipTestServer replica = replica(primary, store)) {
            awaitApplied(client(replica), id);
        }
        return id;
    }

    @Test
    void a_stopped_replica_catches_up_on_restart() {
        CydipTestServer primary = started(primary(dir.resolve("primary")));
        Path store = dir.resolve("replica");
        stoppedReplica(primary, store);

        accept(primary, state("MEX"));
        accept(primary, state("BRA"));
        String last = accept(primary, state("ARG"));
        CydipTestServer again = started(replica(primary, store));
        JsonObject s = awaitApplied(client(again), last);
        assertEquals(3, s.get("applied").getAsNumber().value().intValue(), s.toString());
        assertTrue(ask(again, "ASK { <https://w3id.org/cydip/id/state/MEX> ?p ?o . <https://w3id.org/cydip/id/state/BRA> ?q ?r }"));
        assertEquals(0, s.get("pending").getAsNumber().value().intValue());
        assertEquals(0, s.get("secondsBehind").getAsNumber().value().intValue());
    }

    @Test
    void a_tampered_patch_is_refused_and_the_replica_keeps_serving_the_last_good_state() throws Exception {
        CydipTestServer primary = started(primary(dir.resolve("primary")));
        Path store = dir.resolve("replica");
        String good = stoppedReplica(primary, store);

        String tampered = accept(primary, state("MEX"));
        Path patch = Files.list(CurateSettings.changeDir(dir.resolve("primary")))
                .filter(p -> p.toString().endsWith(SealedPatch.digestOf(tampered) + ".rdfp")).findFirst().orElseThrow();
        Files.writeString(patch, Files.readString(patch).replace("State MEX", "State of Mexico"));

        CydipTestServer again = started(replica(primary, store));
        JsonObject s = Replicas.await(client(again), Replicas.BOUND, st -> "stopped".equals(text(st, "state")));
        assertTrue(text(s, "reason").contains("does not match its id"), s.toString());
        assertTrue(text(s, "reason").contains(tampered), s.toString());
        assertEquals(good, text(s, "lastApplied"));
        assertTrue(ask(again, ASK_CAN), "the replica still serves what it had");
        assertFalse(ask(again, "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> \"State of Mexico\"@en }"));
        assertFalse(ask(again, "ASK { <https://w3id.org/cydip/id/state/MEX> ?p ?o }"));
    }

    @Test
    void a_replica_of_another_primary_stops_at_the_broken_chain() {
        CydipTestServer first = started(primary(dir.resolve("first")));
        Path store = dir.resolve("replica");
        String id = stoppedReplica(first, store);

        CydipTestServer other = started(primary(dir.resolve("other")));
        accept(other, state("MEX"));
        CydipTestServer confused = started(replica(other, store));
        JsonObject s = Replicas.await(client(confused), Replicas.BOUND, st -> "stopped".equals(text(st, "state")));
        assertTrue(text(s, "reason").contains("does not hold change " + id), s.toString());
        assertTrue(ask(confused, ASK_CAN));
    }

    @Test
    void a_replica_takes_no_entries_but_validates_them() {
        CydipTestServer primary = started(primary(dir.resolve("primary")));
        CydipTestServer replica = started(replica(primary, null));
        assertEquals(404, replica.post("/api/entries", "text/turtle", state("CAN"), Replicas.ALICE).statusCode());
        HttpResponse<String> v = replica.post("/api/validate", "text/turtle", state("CAN"));
        assertEquals(200, v.statusCode(), v.body());
        assertFalse(ask(replica, ASK_CAN));
    }

    @Test
    void status_and_void_say_which_change_a_replica_serves() {
        CydipTestServer primary = started(primary(dir.resolve("primary")));
        CydipTestServer replica = started(replica(primary, null));
        JsonObject before = status(client(replica));
        assertEquals("replica", text(before, "role"));
        assertEquals("following", text(before, "state"));
        assertNull(text(before, "lastApplied"));
        assertEquals(primary.url(""), text(before, "primary"));

        String id = accept(primary, state("CAN"));
        JsonObject after = awaitApplied(client(replica), id);
        assertEquals(id, text(status(client(primary)), "newest"));
        assertEquals(text(status(client(primary)), "newestTime"), text(after, "lastAppliedTime"));
        assertTrue(replica.dataVersion() > 0, "caches keyed on the data version refresh");
        for (CydipTestServer s : List.of(primary, replica)) {
            String v = s.get("/.well-known/void", "Accept", "application/n-triples").body();
            assertTrue(v.contains("<http://www.w3.org/ns/dcat#version> \"" + id + "\""), v);
            assertTrue(v.contains("<http://purl.org/dc/terms/modified>"), v);
        }
    }

    @Test
    void a_replica_of_a_primary_without_a_store_says_there_is_no_change_feed() {
        CydipTestServer primary = started(CydipTestServer.create().curate().start());
        CydipTestServer replica = started(replica(primary, null));
        JsonObject s = Replicas.await(client(replica), Replicas.BOUND, st -> "stopped".equals(text(st, "state")));
        assertTrue(text(s, "reason").contains("no change feed"), s.toString());
    }

    @Test
    void a_replica_with_curators_is_refused_before_anything_is_read() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.w3id.cydip.server.ServerConfigException.class,
                () -> CydipTestServer.create().curate().curator("alice", "pw").follow("http://127.0.0.1:9").start());
        assertTrue(e.getMessage().contains("takes no entries"), e.getMessage());
    }
}
