package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * The embedded server as `cydip serve` builds it (every feature module), started on
 * port 0 over its own copy of the real graph, queried over HTTP, always stopped.
 */
class ServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FusekiServer server;
    private static ValidatedDataset data;
    private static String root;
    private static String base;
    private static long size;

    @BeforeAll
    static void start() {
        // Its own dataset: the 2 s timeout is set on the dataset's context.
        data = ValidatedDataset.open(TestProject.files(), null);
        ServerOptions options = new ServerOptions(ServerOptions.DEFAULT_HOST, 0, Duration.ofSeconds(2));
        server = CydipServer.build(data.dataset(), options,
                Features.all(new ServerContext(data, TestProject.files(), options))).start();
        root = "http://127.0.0.1:" + server.getHttpPort();
        base = root + CydipServer.DATASET;
        size = Store.size(data.dataset());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    @Test
    void server_binds_to_loopback_by_default() {
        for (var c : server.getJettyServer().getConnectors())
            assertEquals("127.0.0.1", ((ServerConnector) c).getHost());
    }

    @Test
    void sparql_endpoint_answers_a_count_over_the_union_of_the_named_graphs() throws Exception {
        var r = get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), "text/csv");
        assertEquals(200, r.statusCode());
        long n = Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
        assertTrue(n > 0 && n <= size, "count " + n + " of " + size);
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({"application/sparql-results+json,\"vars\"", "application/sparql-results+xml,<sparql",
            "text/csv,s", "text/tab-separated-values,?s"})
    void select_results_come_in_every_standard_format(String accept, String expected) throws Exception {
        var r = get("/sparql?query=" + enc("SELECT ?s WHERE { ?s a <http://www.w3.org/2002/07/owl#Class> } LIMIT 2"), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        assertTrue(r.body().contains(expected), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle,TTL", "application/ld+json,JSONLD", "application/n-triples,NT"})
    void construct_results_come_in_turtle_jsonld_and_ntriples(String accept, String lang) throws Exception {
        String q = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c . FILTER(?c = <http://www.w3.org/2002/07/owl#Class>) }";
        var r = get("/sparql?query=" + enc(q), accept);
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.body())).lang(org.apache.jena.riot.RDFLanguages.shortnameToLang(lang)).parse(g);
        assertTrue(g.size() > 10, "parsed " + g.size() + " triples");
    }

    @Test
    void post_query_is_answered_too() throws Exception {
        var req = HttpRequest.newBuilder(URI.create(base + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")).build();
        var r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void graph_store_protocol_reads_a_named_graph() throws Exception {
        var r = get("/get?graph=" + enc("https://w3id.org/cydip/graph/ontology"), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("https://w3id.org/cydip/ontology#State"));
    }

    @ParameterizedTest(name = "update via {0} {1} is refused")
    @CsvSource({"POST,/sparql,application/sparql-update", "POST,'',application/sparql-update",
            "POST,/update,application/sparql-update", "POST,/data,text/turtle", "PUT,/data,text/turtle",
            "POST,'',text/turtle", "DELETE,/data,text/turtle", "POST,/get,text/turtle"})
    void any_update_is_refused_with_a_4xx_and_changes_nothing(String method, String path, String type) throws Exception {
        String body = type.equals("text/turtle") ? "<urn:x:s> <urn:x:p> <urn:x:o> ."
                : "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        var req = HttpRequest.newBuilder(URI.create(base + path + (method.equals("DELETE") ? "?default" : "")))
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        var r = sendFresh(req);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " gave " + r.statusCode());
        var form = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"))).build();
        var r2 = sendFresh(form);
        assertTrue(r2.statusCode() >= 400 && r2.statusCode() < 500, "form update to " + path + " gave " + r2.statusCode());
        assertEquals(size, Store.size(data.dataset()));
        var ask = get("/sparql?query=" + enc("ASK { <urn:x:s> ?p ?o }"), "text/csv");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void a_runaway_query_is_cut_by_the_timeout() throws Exception {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        var r = get("/sparql?query=" + enc(q), "text/csv");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), "a timed-out query is answered 503: " + r.body());
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void a_canned_query_whose_service_is_not_allowed_is_refused_with_422() throws Exception {
        var req = HttpRequest.newBuilder(URI.create(root + "/api/queries/federated-wikidata-join")).GET().build();
        var r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("requestId"), r.body());
    }

    @Test
    void trace_is_refused_everywhere() throws Exception {
        for (String path : new String[] {"/api/queries", "/api/entries", "/cydip/sparql", "/id/state/FRA"}) {
            var req = HttpRequest.newBuilder(URI.create(root + path)).method("TRACE", HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(405, sendFresh(req).statusCode(), path);
        }
    }

    @Test
    void federated_service_calls_are_refused_by_default() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(500);
            String q = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + socket.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            var r = get("/sparql?query=" + enc(q), "text/csv");
            assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
            assertThrowsTimeout(socket);
        }
    }

    private static void assertThrowsTimeout(java.net.ServerSocket socket) throws IOException {
        try (var s = socket.accept()) {
            throw new AssertionError("the server connected to the SERVICE endpoint");
        } catch (java.net.SocketTimeoutException expected) {
            // no connection was attempted
        }
    }

    /**
     * Sends on a new connection: the server may close a connection after refusing a
     * request whose body it did not read, and a pooled connection would then be stale.
     */
    private static HttpResponse<String> sendFresh(HttpRequest req) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(req, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        var req = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
