package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.query.Fixtures;
import org.w3id.cydip.validate.ValidatedDataset;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

class QueryApiTest {
    private static FusekiServer server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        ServerOptions options = ServerOptions.defaults().withPort(0);
        ServerContext ctx = new ServerContext(new ValidatedDataset(Fixtures.mini(), null, null, null), Fixtures.project(), options);
        server = CydipServer.build(ctx.data().dataset(), options, Features.all(ctx)).start();
        base = CydipServer.baseUrl(server, options.host());
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (accept != null)
            b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_list_names_every_query_with_its_parameters() throws Exception {
        HttpResponse<String> r = get("/api/queries", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"name\" : \"votes-on-resolution\""), r.body());
        assertTrue(r.body().contains("\"default\" : \"A/RES/74/247\""));
    }

    @Test
    void results_are_sparql_json_by_default_with_a_content_length() throws Exception {
        HttpResponse<String> r = get("/api/queries/votes-on-resolution?resolution="
                + URLEncoder.encode("A/RES/74/247", StandardCharsets.UTF_8), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(r.headers().firstValue("Content-Length").isPresent());
        assertTrue(r.body().contains("\"vars\""), r.body());
    }

    @Test
    void csv_by_format_and_tsv_and_xml_by_accept() throws Exception {
        assertTrue(get("/api/queries/votes-on-resolution?format=csv", null).body().startsWith("state,label,iso3,vote"));
        assertTrue(get("/api/queries/votes-on-resolution", "text/tab-separated-values").body().startsWith("?state\t"));
        assertTrue(get("/api/queries/votes-on-resolution", "application/sparql-results+xml").body().contains("<sparql"));
    }

    @Test
    void an_unknown_query_is_404() throws Exception {
        assertEquals(404, get("/api/queries/no-such-query", null).statusCode());
    }

    @Test
    void a_bad_parameter_is_400_with_a_message_naming_it() throws Exception {
        HttpResponse<String> r = get("/api/queries/voting-alignment?state=R1", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("parameter \\\"state\\\""), r.body());
        assertEquals(400, get("/api/queries/voting-alignment?bogus=1", null).statusCode());
        assertEquals(400, get("/api/queries/voting-alignment?format=pdf", null).statusCode());
    }

    @Test
    void the_openapi_document_is_valid_and_describes_every_query() throws Exception {
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
    void the_sparql_endpoint_answers_small_queries_with_a_content_length() throws Exception {
        HttpResponse<String> r = get("/cydip/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"), r.body());
        assertEquals(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length), r.headers().firstValue("Content-Length").orElse("none"));
    }
}
