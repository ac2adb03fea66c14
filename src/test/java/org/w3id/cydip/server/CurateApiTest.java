package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.Curators;
import org.w3id.cydip.curate.PasswordHash;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.testing.ListeningSocket;
import org.w3id.cydip.validate.ValidatedDataset;

class CurateApiTest {
    static final String TURTLE = "text/turtle";
    @TempDir
    Path dir;
    FusekiServer server;
    ServerContext ctx;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        ProjectFiles project = TestProject.create(dir.resolve("project"));
        ValidatedDataset data = ValidatedDataset.open(project, null);
        ServerOptions options = ServerOptions.defaults().withPort(0);
        ctx = new ServerContext(data, project, options, new CurateSettings(null, 4096, null));
        Path file = dir.resolve("curators.txt");
        Files.writeString(file, "# test curators\nalice:" + PasswordHash.hash("s3cret".toCharArray(), 1000) + "\n");
        Curators curators = Curators.load(file, Map.of());
        server = CydipServer.build(data.dataset(), options, List.of(new CurateModule(ctx, curators))).start();
        base = CydipServer.baseUrl(server, options.host());
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    HttpResponse<String> post(String path, String type, String body, String user, String pw) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (type != null)
            b.header("Content-Type", type);
        if (user != null)
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String example(String name) throws IOException {
        return Files.readString(TestProject.entry(name));
    }

    static JsonObject json(HttpResponse<String> r) {
        return JSON.parse(r.body());
    }

    long curatedTriples() {
        try (QueryExecution q = QueryExecution.service(base + "/cydip/sparql")
                .query("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/cydip/graph/curated> { ?s ?p ?o } }").build()) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void validate_answers_the_report_for_a_conforming_entry() throws Exception {
        var r = post("/api/validate", TURTLE, example("vote-usa.ttl"), null, null);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(true, json(r).get("conforms").getAsBoolean().value());
    }

    @Test
    void validate_reports_the_unknown_state_with_the_entry_line() throws Exception {
        var r = post("/api/validate", TURTLE, example("vote-usa-draft.ttl"), null, null);
        assertEquals(200, r.statusCode());
        assertEquals(false, json(r).get("conforms").getAsBoolean().value());
        assertTrue(r.body().contains("state/XYZ") && r.body().contains("\"entry:8\""), r.body());
    }

    @Test
    void malformed_rdf_is_400_with_line_and_column() throws Exception {
        var r = post("/api/validate", TURTLE, Files.readString(TestProject.entry("broken.ttl")), null, null);
        assertEquals(400, r.statusCode());
        assertEquals(5, json(r).get("line").getAsNumber().value().intValue(), r.body());
        assertTrue(json(r).hasKey("column"));
    }

    @Test
    void media_type_that_is_not_rdf_is_415() throws Exception {
        assertEquals(415, post("/api/validate", "text/csv", "a,b\n", null, null).statusCode());
        assertEquals(415, post("/api/validate", null, example("vote-usa.ttl"), null, null).statusCode());
    }

    @Test
    void body_over_the_limit_is_413() throws Exception {
        String big = example("vote-usa.ttl") + "#" + "x".repeat(5000) + "\n";
        assertEquals(413, post("/api/validate", TURTLE, big, null, null).statusCode());
    }

    @Test
    void other_rdf_syntaxes_are_read_by_media_type() throws Exception {
        var r = post("/api/validate", "application/n-triples; charset=utf-8",
                Files.readString(TestProject.entry("vote-unknown-resolution.nt")), null, null);
        assertEquals(200, r.statusCode());
        assertEquals(false, json(r).get("conforms").getAsBoolean().value());
    }

    @Test
    void entries_without_or_with_wrong_credentials_are_401_with_a_challenge() throws Exception {
        var none = post("/api/entries", TURTLE, example("vote-usa.ttl"), null, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, post("/api/entries", TURTLE, example("vote-usa.ttl"), "alice", "wrong").statusCode());
        assertEquals(401, post("/api/entries", TURTLE, example("vote-usa.ttl"), "bob", "s3cret").statusCode());
        assertEquals(0, curatedTriples());
    }

    @Test
    void accepted_entry_is_201_and_visible_at_the_sparql_endpoint() throws Exception {
        var r = post("/api/entries", TURTLE, example("vote-usa.ttl"), "alice", "s3cret");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(6, json(r).get("added").getAsNumber().value().intValue());
        assertEquals(6, json(r).get("triples").getAsArray().size());
        assertEquals(6, curatedTriples());
        assertEquals(1, ctx.dataVersion());
    }

    @Test
    void accepted_entry_without_a_store_is_said_not_to_be_durable() throws Exception {
        var r = post("/api/entries", TURTLE, example("vote-usa.ttl"), "alice", "s3cret");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals(false, json(r).get("durable").getAsBoolean().value(), r.body());
    }

    @Test
    void curators_without_a_store_are_warned_at_start_and_with_a_store_not() throws IOException {
        Path file = Files.writeString(dir.resolve("one.txt"), "alice:" + PasswordHash.hash("pw".toCharArray(), 1000) + "\n");
        Curators one = Curators.load(file, Map.of());
        String warning = CurateModule.notDurableWarning(new CurateSettings(null, 4096, null), one);
        assertTrue(warning != null && warning.contains("no --store"), warning);
        assertEquals(null, CurateModule.notDurableWarning(new CurateSettings(null, 4096, dir.resolve("store")), one));
        assertEquals(null, CurateModule.notDurableWarning(new CurateSettings(null, 4096, null), Curators.load(null, Map.of())));
    }

    @Test
    void invalid_entry_is_422_with_the_report_and_changes_nothing() throws Exception {
        long before = Store.size(ctx.data().dataset());
        var r = post("/api/entries", TURTLE, example("vote-usa-draft.ttl"), "alice", "s3cret");
        assertEquals(422, r.statusCode());
        assertEquals(false, json(r).get("conforms").getAsBoolean().value());
        assertEquals(before, Store.size(ctx.data().dataset()));
        assertEquals(0, ctx.dataVersion());
    }

    @Test
    void jsonld_with_a_remote_context_is_400_and_nothing_is_fetched() throws Exception {
        try (ListeningSocket socket = new ListeningSocket()) {
            var r = post("/api/validate", "application/ld+json", socket.jsonldWithRemoteContext(), null, null);
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(json(r).get("error").getAsString().value().contains(RdfFiles.NO_REMOTE_CONTEXTS), r.body());
            assertEquals(0, socket.connections());
        }
    }

    @Test
    void invalid_position_inside_a_named_graph_is_422_not_silently_dropped() throws Exception {
        long before = Store.size(ctx.data().dataset());
        var r = post("/api/entries", "application/trig", example("position-draft-in-graph.trig"), "alice", "s3cret");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("state/XYZ"), r.body());
        assertEquals(before, Store.size(ctx.data().dataset()));
    }

    @Test
    void sparql_update_is_refused() throws Exception {
        var r = post("/cydip/sparql", "application/sparql-update",
                "INSERT DATA { <urn:x> <urn:y> <urn:z> }", null, null);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(0, curatedTriples());
    }

    @Test
    void get_on_an_api_route_is_refused() throws Exception {
        var r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/entries")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
    }
}
