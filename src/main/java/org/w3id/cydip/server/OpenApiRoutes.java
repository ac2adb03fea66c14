package org.w3id.cydip.server;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/** The routes of the API besides the canned queries: entry validation and acceptance, search, vocabulary. */
final class OpenApiRoutes {
    /** The RDF syntaxes an entry may come in. */
    static final List<String> ENTRY_TYPES = List.of("text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml", "application/trig", "application/n-quads");

    private OpenApiRoutes() {}

    static void add(Paths paths) {
        paths.addPathItem("/api/validate", new PathItem().post(validate()));
        paths.addPathItem("/api/entries", new PathItem().post(entries()));
        paths.addPathItem("/api/search", new PathItem().get(search()));
        paths.addPathItem("/api/vocabulary", new PathItem().get(new Operation().operationId("vocabulary")
                .summary("cydip's prefixes, classes and properties (ontology and VoID), and states' UN M49 codes")
                .addTagsItem("workbench")
                .responses(new ApiResponses().addApiResponse("200", json("The vocabulary",
                        OpenApiSchemas.ref("Vocabulary"))))));
    }

    private static Operation validate() {
        return new Operation().operationId("validateEntry").addTagsItem("curation")
                .summary("Validate an entry together with the graph; changes nothing")
                .requestBody(entry())
                .responses(entryErrors(new ApiResponses()
                        .addApiResponse("200", json("The report (conforms or not)", OpenApiSchemas.ref("ValidationReport")))));
    }

    private static Operation entries() {
        return new Operation().operationId("acceptEntry").addTagsItem("curation")
                .summary("Accept a conforming entry into the curated graph (curators only)")
                .addSecurityItem(new SecurityRequirement().addList(OpenApiSchemas.CURATORS))
                .requestBody(entry())
                .responses(entryErrors(new ApiResponses()
                        .addApiResponse("201", json("Accepted and committed", OpenApiSchemas.ref("AcceptedEntry")))
                        .addApiResponse("401", error("No or wrong credentials"))
                        .addApiResponse("422", json("Does not conform; nothing changed",
                                OpenApiSchemas.ref("ValidationReport")))));
    }

    private static Operation search() {
        return new Operation().operationId("search").addTagsItem("workbench")
                .summary("Things named like the text, in any of the seven languages, accent- and case-insensitive")
                .addParametersItem(query("q", "the text, at most 200 characters", true, new StringSchema().maxLength(200)))
                .addParametersItem(query("lang", "the reader's language for the labels (ar, en, es, fr, id, ru, zh)",
                        false, new StringSchema()._enum(List.of("ar", "en", "es", "fr", "id", "ru", "zh"))))
                .addParametersItem(query("limit", "at most this many answers (default 10)", false,
                        new IntegerSchema().minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(50))))
                .responses(new ApiResponses()
                        .addApiResponse("200", json("Best first", new ArraySchema().items(OpenApiSchemas.ref("SearchHit"))))
                        .addApiResponse("400", error("Text too long or a bad limit")));
    }

    private static RequestBody entry() {
        Content c = new Content();
        for (String t : ENTRY_TYPES)
            c.addMediaType(t, new MediaType().schema(new StringSchema().description("RDF")));
        return new RequestBody().required(true).description("The entry: RDF in one of these syntaxes").content(c);
    }

    private static ApiResponses entryErrors(ApiResponses r) {
        return r.addApiResponse("400", error("Malformed RDF (with line and column)"))
                .addApiResponse("413", error("Larger than --max-entry-bytes"))
                .addApiResponse("415", error("Not an RDF media type"));
    }

    private static Parameter query(String name, String description, boolean required, Schema<?> schema) {
        return new Parameter().in("query").name(name).description(description).required(required).schema(schema);
    }

    static ApiResponse error(String description) {
        return json(description, OpenApiSchemas.ref("Error"));
    }

    static ApiResponse json(String description, Schema<?> schema) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
    }
}
