package org.w3id.cydip.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.Parameter;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.query.ResultFormat;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI 3 description of the API: the canned queries, generated from the
 * {@code .rq} headers, and the other routes ({@link OpenApiRoutes}), with real
 * result schemas and the curators' security scheme ({@link OpenApiSchemas}).
 */
final class OpenApiDocument {
    private OpenApiDocument() {}

    /** The document as JSON. */
    static String json(QueryCatalogue catalogue, String version) {
        return Json.pretty(build(catalogue, version));
    }

    /**
     * The document as UTF-8 JSON, made on first use and then kept: making it (and loading
     * the OpenAPI classes) is a quarter of a second that a server's start need not wait for.
     */
    static Supplier<byte[]> lazy(QueryCatalogue catalogue) {
        String version = OpenApiDocument.class.getPackage().getImplementationVersion();
        return new Supplier<>() {
            private byte[] made;

            @Override
            public synchronized byte[] get() {
                if (made == null)
                    made = json(catalogue, version == null ? "dev" : version).getBytes(StandardCharsets.UTF_8);
                return made;
            }
        };
    }

    static OpenAPI build(QueryCatalogue catalogue, String version) {
        Paths paths = new Paths();
        paths.addPathItem("/api/queries", new PathItem().get(new Operation().operationId("listQueries")
                .summary("The canned queries, with their summaries and parameters").addTagsItem("catalogue")
                .responses(new ApiResponses().addApiResponse("200", OpenApiRoutes.json("The list of queries",
                        new ArraySchema().items(new ObjectSchema()))))));
        for (CannedQuery q : catalogue.all())
            paths.addPathItem("/api/queries/" + q.name(), new PathItem().get(operation(q)));
        OpenApiRoutes.add(paths);
        return new OpenAPI()
                .info(new Info().title("cydip API").version(version)
                        .description("Questions on the cyber-diplomacy knowledge graph, one per SPARQL file in queries/; "
                                + "entry validation and curation; search and vocabulary for the workbench. "
                                + "Query results are SPARQL 1.1 results: JSON by default; CSV, TSV or XML by Accept or format=."))
                .addServersItem(new Server().url("/"))
                .components(OpenApiSchemas.components())
                .paths(paths);
    }

    private static Operation operation(CannedQuery q) {
        Operation op = new Operation().operationId(q.name()).summary(q.header().summary())
                .description(q.header().description().isEmpty() ? null : q.header().description())
                .tags(q.header().tags().isEmpty() ? null : q.header().tags());
        for (Parameter p : q.parameters())
            op.addParametersItem(parameter(p));
        op.addParametersItem(new io.swagger.v3.oas.models.parameters.Parameter().in("query").name("format")
                .description("Result format; overrides Accept").required(false)
                .schema(new StringSchema()._enum(List.of("json", "csv", "tsv", "xml"))));
        Content results = new Content();
        for (ResultFormat t : ResultFormat.SERVED)
            results.addMediaType(t.mediaType, new MediaType().schema(t == ResultFormat.json
                    ? OpenApiSchemas.ref("SparqlResults")
                    : new StringSchema().description(t.mediaType + ": SPARQL 1.1 results")));
        return op.responses(new ApiResponses()
                .addApiResponse("200", new ApiResponse().description("SPARQL 1.1 query results").content(results))
                .addApiResponse("400", OpenApiRoutes.error("A parameter is missing, unknown or malformed"))
                .addApiResponse("404", OpenApiRoutes.error("No such query, or a parameter value that names nothing in the graph (the message gives the nearest that do)"))
                .addApiResponse("503", OpenApiRoutes.error("Cut by the query timeout")));
    }

    private static io.swagger.v3.oas.models.parameters.Parameter parameter(Parameter p) {
        StringSchema s = new StringSchema();
        if (p.type().apiType.equals("date"))
            s.format("date");
        else if (p.type().apiType.equals("iri"))
            s.format("uri");
        if (p.defaultValue() != null)
            s._default(p.defaultValue());
        if (!p.allowed().isEmpty())
            s._enum(p.allowed());
        return new io.swagger.v3.oas.models.parameters.Parameter().in("query").name(p.name())
                .required(p.mandatory()).description(p.type().expected).schema(s);
    }
}
