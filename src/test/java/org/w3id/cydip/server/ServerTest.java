package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.testing.ListeningSocket;

/**
 * The embedded server as `cydip serve` builds it (every feature module), started on
 * port 0 over its own copy of the real graph, queried over HTTP, always stopped.
 */
class ServerTest {
    private static CydipTestServer server;
    private static long size;

    @BeforeAll
    static void start() {
        // Its own dataset: the 2 s timeout is set on the dataset's context.
        server = CydipTestServer.create().project(TestProject.files()).timeout(Duration.ofSeconds(2)).start();
        size = Store.size(server.dataset());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    @Test
    void server_binds_to_loopback_by_default() {
        for (var c : server.server().fuseki().getJettyServer().getConnectors())
            assertEquals("127.0.0.1", ((ServerConnector) c).getHost());
    }

    @Test
    void sparql_endpoint_answers_a_count_over_the_union_of_the_named_graphs() {
        // Every named graph types its nodes, so this counts across all of them; a count
        // of every triple (half as many again since graph/inferred) is too slow for the
        // 2 s timeout on a busy machine.
        var r = get("/sparql?query=" + enc("SELECT (COUNT(*) AS ?n) WHERE { ?s a ?type }"), "text/csv");
        assertEquals(200, r.statusCode());
        long n = Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
        assertTrue(n > 0 && n <= size, "count " + n + " of " + size);
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @CsvSource({"application/sparql-results+json,\"vars\"", "application/sparql-results+xml,<sparql",
            "text/csv,s", "text/tab-separated-values,?s"})
    void select_results_come_in_every_standard_format(String accept, String expected) {
        var r = get("/sparql?query=" + enc("SELECT ?s WHERE { ?s a <http://www.w3.org/2002/07/owl#Class> } LIMIT 2"), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept), r.headers().toString());
        assertTrue(r.body().contains(expected), r.body());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle,TTL", "application/ld+json,JSONLD", "application/n-triples,NT"})
    void construct_results_come_in_turtle_jsonld_and_ntriples(String accept, String lang) {
        String q = "CONSTRUCT { ?s a ?c } WHERE { ?s a ?c . FILTER(?c = <http://www.w3.org/2002/07/owl#Class>) }";
        var r = get("/sparql?query=" + enc(q), accept);
        assertEquals(200, r.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(r.body())).lang(org.apache.jena.riot.RDFLanguages.shortnameToLang(lang)).parse(g);
        assertTrue(g.size() > 10, "parsed " + g.size() + " triples");
    }

    @Test
    void post_query_is_answered_too() {
        var r = server.post("/cydip/sparql", "application/sparql-query", "ASK { ?s ?p ?o }", "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
    }

    @Test
    void a_relative_iri_resolves_against_fusekis_base_as_in_plain_fuseki() {
        var r = get("/sparql?query=" + enc("SELECT ?x WHERE { BIND(<rel> AS ?x) }"), "text/csv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("http://server/unset-base/rel"), r.body());
    }

    @Test
    void a_dataset_named_in_the_query_is_read_once_more_on_the_next_request() {
        // decideDataset clears FROM from its copy of the query: each request parses its own
        String q = "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/cydip/graph/ontology> WHERE { ?s ?p ?o }";
        String first = get("/sparql?query=" + enc(q), "text/csv").body();
        assertEquals(first, get("/sparql?query=" + enc(q), "text/csv").body());
        assertTrue(Long.parseLong(first.lines().skip(1).findFirst().orElseThrow().trim()) > 0, first);
    }

    @Test
    void graph_store_protocol_reads_a_named_graph() {
        var r = get("/get?graph=" + enc("https://w3id.org/cydip/graph/ontology"), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("https://w3id.org/cydip/ontology#State"));
    }

    @ParameterizedTest(name = "update via {0} {1} is refused")
    @CsvSource({"POST,/sparql,application/sparql-update", "POST,'',application/sparql-update",
            "POST,/update,application/sparql-update", "POST,/data,text/turtle", "PUT,/data,text/turtle",
            "POST,'',text/turtle", "DELETE,/data,text/turtle", "POST,/get,text/turtle"})
    void any_update_is_refused_with_a_4xx_and_changes_nothing(String method, String path, String type) {
        String body = type.equals("text/turtle") ? "<urn:x:s> <urn:x:p> <urn:x:o> ."
                : "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
        var req = server.request("/cydip" + path + (method.equals("DELETE") ? "?default" : ""), "Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        var r = server.sendFresh(req);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " gave " + r.statusCode());
        var form = server.request("/cydip" + path, "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }"))).build();
        var r2 = server.sendFresh(form);
        assertTrue(r2.statusCode() >= 400 && r2.statusCode() < 500, "form update to " + path + " gave " + r2.statusCode());
        assertEquals(size, Store.size(server.dataset()));
        var ask = get("/sparql?query=" + enc("ASK { <urn:x:s> ?p ?o }"), "text/csv");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void a_runaway_query_is_cut_by_the_timeout() {
        String q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        var r = get("/sparql?query=" + enc(q), "text/csv");
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertEquals(503, r.statusCode(), "a timed-out query is answered 503: " + r.body());
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void a_canned_query_whose_service_is_not_allowed_is_refused_with_422() {
        var r = server.get("/api/queries/federated-wikidata-join");
        assertEquals(422, r.statusCode(), r.body());
        assertTrue(r.body().contains("requestId"), r.body());
    }

    @Test
    void trace_is_refused_everywhere() {
        for (String path : new String[] {"/api/queries", "/api/entries", "/cydip/sparql", "/id/state/FRA"}) {
            var req = server.request(path).method("TRACE", HttpRequest.BodyPublishers.noBody()).build();
            assertEquals(405, server.sendFresh(req).statusCode(), path);
        }
    }

    @Test
    void federated_service_calls_are_refused_by_default() {
        try (ListeningSocket socket = new ListeningSocket()) {
            String q = "SELECT * WHERE { SERVICE <" + socket.url("/sparql") + "> { ?s ?p ?o } }";
            var r = get("/sparql?query=" + enc(q), "text/csv");
            assertTrue(r.statusCode() >= 400, "status " + r.statusCode());
            assertEquals(0, socket.connections(), "the server connected to the SERVICE endpoint");
        }
    }

    private static HttpResponse<String> get(String path, String accept) {
        return server.get(CydipServer.DATASET + path, "Accept", accept);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

}
