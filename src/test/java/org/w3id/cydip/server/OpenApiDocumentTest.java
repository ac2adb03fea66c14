package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.cydip.query.Fixtures;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

class OpenApiDocumentTest {
    static OpenAPI parsed() {
        SwaggerParseResult r = new OpenAPIV3Parser().readContents(OpenApiDocument.json(Fixtures.catalogue(), "test"),
                null, null);
        assertTrue(r.getMessages() == null || r.getMessages().isEmpty(), String.valueOf(r.getMessages()));
        return r.getOpenAPI();
    }

    @Test
    void entry_validation_and_acceptance_are_described_with_the_curators_basic_scheme() {
        OpenAPI api = parsed();
        Operation validate = api.getPaths().get("/api/validate").getPost();
        assertTrue(validate.getRequestBody().getContent().containsKey("text/turtle"));
        assertNotNull(validate.getResponses().get("200"));
        assertTrue(validate.getSecurity() == null, "anyone may validate");
        Operation entries = api.getPaths().get("/api/entries").getPost();
        assertEquals(List.of(OpenApiSchemas.CURATORS), List.copyOf(entries.getSecurity().get(0).keySet()));
        for (String status : List.of("201", "400", "401", "413", "415", "422"))
            assertNotNull(entries.getResponses().get(status), status);
        SecurityScheme basic = api.getComponents().getSecuritySchemes().get(OpenApiSchemas.CURATORS);
        assertEquals(SecurityScheme.Type.HTTP, basic.getType());
        assertEquals("basic", basic.getScheme());
    }

    @Test
    void query_results_have_the_sparql_json_results_schema() {
        OpenAPI api = parsed();
        var ok = api.getPaths().get("/api/queries/votes-on-resolution").getGet().getResponses().get("200");
        assertEquals("#/components/schemas/SparqlResults",
                ok.getContent().get("application/sparql-results+json").getSchema().get$ref());
        var results = api.getComponents().getSchemas().get("SparqlResults");
        assertTrue(results.getProperties().keySet().containsAll(List.of("head", "results", "boolean")));
    }

    @Test
    void the_workbench_routes_are_described() {
        OpenAPI api = parsed();
        assertEquals("q", api.getPaths().get("/api/search").getGet().getParameters().get(0).getName());
        assertNotNull(api.getPaths().get("/api/vocabulary").getGet());
    }
}
