package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.query.Fixtures;
import org.w3id.cydip.testing.CydipTestServer;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

class QueryApiTest {
    private static CydipTestServer server;

    @BeforeAll
    static void start() {
        server = CydipTestServer.create().project(Fixtures.project())
                .unvalidated(Fixtures.mini()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
    }

    private static HttpResponse<String> get(String path, String accept) {
        return accept == null ? server.get(path) : server.get(path, "Accept", accept);
    }

    @Test
    void the_list_names_every_query_with_its_parameters() {
        HttpResponse<String> r = get("/api/queries", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"name\" : \"votes-on-resolution\""), r.body());
        assertTrue(r.body().contains("\"default\" : \"A/RES/74/247\""));
    }

    @Test
    void results_are_sparql_json_by_default_with_a_content_length() {
        HttpResponse<String> r = get("/api/queries/votes-on-resolution?resolution="
                + URLEncoder.encode("A/RES/74/247", StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(r.headers().firstValue("Content-Length").isPresent());
        assertTrue(r.body().contains("\"vars\""), r.body());
    }

    @Test
    void csv_by_format_and_tsv_and_xml_by_accept() {
        assertTrue(get("/api/queries/votes-on-resolution?format=csv", null).body().startsWith("state,label,iso3,vote"));
        assertTrue(get("/api/queries/votes-on-resolution", "text/tab-separated-values").body().startsWith("?state\t"));
        assertTrue(get("/api/queries/votes-on-resolution", "application/sparql-results+xml").body().contains("<sparql"));
    }

    @Test
    void accept_q_values_are_honoured() {
        HttpResponse<String> r = get("/api/queries/votes-on-resolution", "text/csv;q=0.5, application/sparql-results+json");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"),
                r.headers().toString());
        HttpResponse<String> csv = get("/api/queries/votes-on-resolution", "application/sparql-results+json;q=0.2, text/csv");
        assertTrue(csv.body().startsWith("state,label,iso3,vote"), csv.body());
    }

    @Test
    void plain_json_and_xml_are_served_as_sparql_results_and_anything_else_as_json() {
        assertTrue(get("/api/queries/votes-on-resolution", "application/xml").body().contains("<sparql"));
        assertTrue(get("/api/queries/votes-on-resolution", "application/json").body().contains("\"vars\""));
        assertTrue(get("/api/queries/votes-on-resolution", "text/html").body().contains("\"vars\""));
    }

    @Test
    void an_unknown_query_is_404() {
        assertEquals(404, get("/api/queries/no-such-query", null).statusCode());
    }

    @Test
    void a_parameter_value_that_names_nothing_in_the_graph_is_404() {
        HttpResponse<String> r = get("/api/queries/votes-on-resolution?resolution=A/RES/99/1", null);
        assertEquals(404, r.statusCode(), r.body());
        assertTrue(r.body().contains("names nothing in the graph"), r.body());
    }

    @Test
    void a_bad_parameter_is_400_with_a_message_naming_it() {
        HttpResponse<String> r = get("/api/queries/voting-alignment?state=R1", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("parameter \\\"state\\\""), r.body());
        assertEquals(400, get("/api/queries/voting-alignment?bogus=1", null).statusCode());
        assertEquals(400, get("/api/queries/voting-alignment?format=pdf", null).statusCode());
    }

    @Test
    void the_openapi_document_is_valid_and_describes_every_query() {
        HttpResponse<String> r = get("/api/openapi.json", null);
        assertEquals(200, r.statusCode());
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, null);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), String.valueOf(parsed.getMessages()));
        // the queries, their list, and /api/validate, /api/entries, /api/search, /api/vocabulary
        assertEquals(Fixtures.catalogue().all().size() + 5, parsed.getOpenAPI().getPaths().size());
        assertEquals("resolution", parsed.getOpenAPI().getPaths().get("/api/queries/votes-on-resolution").getGet()
                .getParameters().get(0).getName());
    }

    @Test
    void the_sparql_endpoint_answers_small_queries_with_a_content_length() {
        HttpResponse<String> r = get("/cydip/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
        assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length), r.headers().firstValue("Content-Length").orElse("none"));
    }
}
