package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.testing.ListeningSocket;

import com.sun.net.httpserver.HttpServer;

class FederationModuleTest {
    static final String WIKIDATA = "https://query.wikidata.org/sparql";

    /** A Wikidata-shaped graph: France and Russia with their capitals. */
    static final String WIKIDATA_SLICE = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            wd:Q142 wdt:P36 wd:Q90 .
            wd:Q159 wdt:P36 wd:Q649 .
            wd:Q90 rdfs:label "Paris"@en , "Paris"@fr .
            wd:Q649 rdfs:label "Moscow"@en , "Moscou"@fr .
            """;

    private static List<QuerySolution> select(CydipTestServer fx, String query) {
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(fx.url("/cydip/sparql")).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static void assertRefused(CydipTestServer fx, String query) {
        var r = fx.get("/cydip/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "Accept", "application/sparql-results+json");
        String body = r.body();
        assertEquals(422, r.statusCode(), body);
        assertTrue(body.contains("refused"), body);
    }

    @Test
    void service_is_refused_without_a_connection_when_federation_is_off() {
        try (ListeningSocket target = new ListeningSocket(); CydipTestServer fx = CydipTestServer.fixture()) {
            assertRefused(fx, "SELECT * { SERVICE <" + target.url("/sparql") + "> { ?s ?p ?o } }");
            assertEquals(0, target.connections());
        }
    }

    @Test
    void service_to_an_address_off_the_allow_list_is_refused_without_a_connection() {
        try (ListeningSocket target = new ListeningSocket();
                CydipTestServer fx = CydipTestServer.create().federate(WIKIDATA).start()) {
            assertRefused(fx, "SELECT * { SERVICE <" + target.url("/sparql") + "> { ?s ?p ?o } }");
            assertRefused(fx, "SELECT * { VALUES ?e { <" + target.url("/sparql") + "> } SERVICE ?e { ?s ?p ?o } }");
            assertRefused(fx, "SELECT * { SERVICE ?unbound { ?s ?p ?o } }");
            assertEquals(0, target.connections());
        }
    }

    @Test
    void silent_service_off_the_allow_list_yields_no_rows_from_it_and_no_connection() {
        try (ListeningSocket target = new ListeningSocket(); CydipTestServer fx = CydipTestServer.fixture()) {
            List<QuerySolution> rows = select(fx, "SELECT * { SERVICE SILENT <" + target.url("/sparql") + "> { ?s ?p ?o } }");
            assertEquals(1, rows.size());
            assertEquals(0, target.connections());
        }
    }

    @Test
    void the_federated_canned_query_joins_states_to_a_wikidata_endpoint_on_the_allow_list() throws IOException {
        DatasetGraph wd = DatasetGraphFactory.createTxnMem();
        RDFParser.create().source(new StringReader(WIKIDATA_SLICE)).lang(Lang.TURTLE).parse(wd);
        FusekiServer wikidata = FusekiServer.create().port(0).loopback(true).add("/wd", wd).build().start();
        try {
            String local = "http://localhost:" + wikidata.getHttpPort() + "/wd/sparql";
            String query = Files.readString(Path.of("queries/federated-wikidata-join.rq")).replace(WIKIDATA, local);
            try (CydipTestServer fx = CydipTestServer.create().federate(local).start()) {
                List<QuerySolution> rows = select(fx, query);
                assertEquals(2, rows.size(), rows::toString);
                assertEquals("FRA", rows.get(0).getLiteral("iso3").getString());
                assertEquals("Paris", rows.get(0).getLiteral("capitalLabel").getString());
                assertEquals("http://www.wikidata.org/entity/Q649", rows.get(1).getResource("capital").getURI());
                assertEquals("Moscow", rows.get(1).getLiteral("capitalLabel").getString());
            }
        } finally {
            wikidata.stop();
        }
    }

    @Test
    void an_allowed_endpoints_redirect_off_the_list_is_refused_and_not_followed() throws IOException {
        try (ListeningSocket offList = new ListeningSocket()) {
            HttpServer redirecting = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            redirecting.createContext("/sparql", exchange -> {
                exchange.getResponseHeaders().add("Location", offList.url("/sparql"));
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
            });
            redirecting.start();
            try {
                String allowed = "http://127.0.0.1:" + redirecting.getAddress().getPort() + "/sparql";
                try (CydipTestServer fx = CydipTestServer.create().federate(allowed).start()) {
                    var r = fx.get("/cydip/sparql?query=" + URLEncoder.encode("SELECT * { SERVICE <" + allowed + "> { ?s ?p ?o } }",
                            StandardCharsets.UTF_8), "Accept", "application/sparql-results+json");
                    assertEquals(422, r.statusCode(), r.body());
                    assertTrue(r.body().contains("redirects are not followed"), r.body());
                }
            } finally {
                redirecting.stop(0);
            }
            assertEquals(0, offList.connections(), "the redirect was followed");
        }
    }
}
