package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.Curators;
import org.w3id.cydip.curate.PasswordHash;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.testing.ListeningSocket;
import org.w3id.cydip.testing.TestClient;

class CurateApiTest {
    static final String TURTLE = "text/turtle";
    static final String[] ALICE = TestClient.basicAuth("alice", "s3cret");
    @TempDir
    Path dir;
    CydipTestServer server;

    @BeforeEach
    void start() {
        server = CydipTestServer.create().curate().curator("alice", "s3cret").maxEntryBytes(4096).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> post(String path, String type, String body, String... headers) {
        return server.post(path, type, body, headers);
    }

    static String example(String name) throws IOException {
        return Files.readString(TestProject.entry(name));
    }

    static JsonObject json(HttpResponse<String> r) {
        return JSON.parse(r.body());
    }

    long curatedTriples() {
        try (QueryExecution q = QueryExecution.service(server.url("/cydip/sparql"))
                .query("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/cydip/graph/curated> { ?s ?p ?o } }").build()) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void validate_answers_the_report_for_a_conforming_entry() throws IOException {
        var r = post("/api/validate", TURTLE, example("vote-usa.ttl"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(true, json(r).get("conforms").getAsBoolean().value());
    }

    @Test
    void validate_reports_the_unknown_state_with_the_entry_line() throws IOException {
        var r = post("/api/validate", TURTLE, example("vote-usa-draft.ttl"));
        assertEquals(200, r.statusCode());
        assertEquals(false, json(r).get("conforms").getAsBoolean().value());
        assertTrue(r.body().contains("state/XYZ") && r.body().contains("\"entry:8\""), r.body());
    }

    @Test
    void malformed_rdf_is_400_with_line_and_column() throws IOException {
        var r = post("/api/validate", TURTLE, Files.readString(TestProject.entry("broken.ttl")));
        assertEquals(400, r.statusCode());
        assertEquals(5, json(r).get("line").getAsNumber().value().intValue(), r.body());
        assertTrue(json(r).hasKey("column"));
    }

    @Test
    void media_type_that_is_not_rdf_is_415() throws IOException {
        assertEquals(415, post("/api/validate", "text/csv", "a,b\n").statusCode());
        assertEquals(415, post("/api/validate", null, example("vote-usa.ttl")).statusCode());
    }

    @Test
    void body_over_the_limit_is_413() throws IOException {
        String big = example("vote-usa.ttl") + "#" + "x".repeat(5000) + "\n";
        assertEquals(413, post("/api/validate", TURTLE, big).statusCode());
    }

    @Test
    void other_rdf_syntaxes_are_read_by_media_type() throws IOException {
        var r = post("/api/validate", "application/n-triples; charset=utf-8",
                Files.readString(TestProject.entry("vote-unknown-resolution.nt")));
        assertEquals(200, r.statusCode());
        assertEquals(false, json(r).get("conforms").getAsBoolean().value());
    }

    @Test
    void entries_without_or_with_wrong_credentials_are_401_with_a_challenge() throws IOException {
        var none = post("/api/entries", TURTLE, example("vote-usa.ttl"));
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, post("/api/entries", TURTLE, example("vote-usa.ttl"), TestClient.basicAuth("alice", "wrong")).statusCode());
        assertEquals(401, post("/api/entries", TURTLE, example("vote-usa.ttl"), TestClient.basicAuth("bob", "s3cret")).statusCode());
        assertEquals(0, curatedTriples());
    }

    @Test
    void accepted_entry_is_201_and_visible_at_the_sparql_endpoint() throws IOException {
        var r = post("/api/entries", TURTLE, example("vote-usa.ttl"), ALICE);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(6, json(r).get("added").getAsNumber().value().intValue());
        assertEquals(6, json(r).get("triples").getAsArray().size());
        assertEquals(6, curatedTriples());
        assertEquals(1, server.dataVersion());
    }

    @Test
    void accepted_entry_without_a_store_is_said_not_to_be_durable() throws IOException {
        var r = post("/api/entries", TURTLE, example("vote-usa.ttl"), ALICE);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(false, json(r).get("durable").getAsBoolean().value(), r.body());
    }

    @Test
    void curators_without_a_store_are_warned_at_start_and_with_a_store_not() throws IOException {
        Path file = Files.writeString(dir.resolve("one.txt"), "alice:" + PasswordHash.hash("pw".toCharArray(), 1000) + "\n");
        Curators one = Curators.load(file, Map.of());
        String warning = CurateModule.notDurableWarning(new CurateSettings(4096, null), one);
        assertTrue(warning != null && warning.contains("no --store"), warning);
        assertEquals(null, CurateModule.notDurableWarning(new CurateSettings(4096, dir.resolve("store")), one));
        assertEquals(null, CurateModule.notDurableWarning(new CurateSettings(4096, null), Curators.load(null, Map.of())));
    }

    @Test
    void invalid_entry_is_422_with_the_report_and_changes_nothing() throws IOException {
        long before = Store.size(server.dataset());
        var r = post("/api/entries", TURTLE, example("vote-usa-draft.ttl"), ALICE);
        assertEquals(422, r.statusCode());
        assertEquals(false, json(r).get("conforms").getAsBoolean().value());
        assertEquals(before, Store.size(server.dataset()));
        assertEquals(0, server.dataVersion());
    }

    @Test
    void a_second_english_label_for_a_state_is_422_naming_the_state_and_the_property_and_changes_nothing() throws IOException {
        int rows = stateProfileRows("RUS");
        long before = Store.size(server.dataset());
        var r = post("/api/entries", TURTLE, example("second-label-rus.ttl"), ALICE);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(json(r).get("results").getAsArray().stream().map(v -> v.getAsObject())
                .anyMatch(o -> o.getString("focusNode").equals("https://w3id.org/cydip/id/state/RUS")
                        && o.getString("path").equals("rdfs:label") && o.getString("shape").contains("StateShape-label")),
                r.body());
        assertEquals(before, Store.size(server.dataset()));
        assertEquals(0, server.dataVersion());
        assertEquals(rows, stateProfileRows("RUS"));
    }

    /** The rows of the canned state profile of {@code iso3}, as CSV (a header line, then one line per row). */
    int stateProfileRows(String iso3) {
        var r = server.get("/api/queries/state-profile?state=" + iso3, "Accept", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        return (int) r.body().lines().count() - 1;
    }

    @Test
    void an_entry_stating_a_derived_day_bound_is_400_naming_its_line_and_changes_nothing() throws IOException {
        long before = Store.size(server.dataset());
        var r = post("/api/entries", TURTLE, example("derived-day-bound.ttl"), ALICE);
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(14, json(r).get("line").getAsNumber().value().intValue(), r.body());
        assertTrue(json(r).get("error").getAsString().value().contains("cydip:latestDay is derived"), r.body());
        assertEquals(before, Store.size(server.dataset()));
        assertEquals(0, server.dataVersion());
    }

    @Test
    void jsonld_with_a_remote_context_is_400_and_nothing_is_fetched() throws IOException {
        try (ListeningSocket socket = new ListeningSocket()) {
            var r = post("/api/validate", "application/ld+json", socket.jsonldWithRemoteContext());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(json(r).get("error").getAsString().value().contains(RdfFiles.NO_REMOTE_CONTEXTS), r.body());
            assertEquals(0, socket.connections());
        }
    }

    @Test
    void invalid_position_inside_a_named_graph_is_422_not_silently_dropped() throws IOException {
        long before = Store.size(server.dataset());
        var r = post("/api/entries", "application/trig", example("position-draft-in-graph.trig"), ALICE);
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("state/XYZ"), r.body());
        assertEquals(before, Store.size(server.dataset()));
    }

    @Test
    void sparql_update_is_refused() throws IOException {
        var r = post("/cydip/sparql", "application/sparql-update",
                "INSERT DATA { <urn:x> <urn:y> <urn:z> }");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(0, curatedTriples());
    }

    @Test
    void get_on_an_api_route_is_refused() throws IOException {
        var r = server.get("/api/entries");
        assertEquals(405, r.statusCode());
    }
}
