package org.w3id.cydip.server;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The shared parts of the OpenAPI document: the result schemas (SPARQL 1.1 Query
 * Results JSON, the validation report, the answers of the entry, search and
 * vocabulary routes, errors) and the curators' HTTP Basic security scheme.
 */
final class OpenApiSchemas {
    static final String CURATORS = "curatorBasic";
    static final String REF = "#/components/schemas/";

    private OpenApiSchemas() {}

    static Schema<?> ref(String name) {
        return new Schema<>().$ref(REF + name);
    }

    static Components components() {
        return new Components()
                .addSecuritySchemes(CURATORS, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A curator's name and password (curators file or CYDIP_CURATOR_USER/PASSWORD)"))
                .addSchemas("RdfTerm", term())
                .addSchemas("SparqlResults", sparqlResults())
                .addSchemas("Error", error())
                .addSchemas("ValidationReport", report())
                .addSchemas("AcceptedEntry", accepted())
                .addSchemas("SearchHit", searchHit())
                .addSchemas("Vocabulary", vocabulary());
    }

    /** One value in a SPARQL JSON result row. */
    private static Schema<?> term() {
        return new ObjectSchema().description("An RDF term (SPARQL 1.1 Query Results JSON)")
                .addProperty("type", new StringSchema()._enum(List.of("uri", "literal", "bnode", "triple")))
                .addProperty("value", new StringSchema())
                .addProperty("xml:lang", new StringSchema())
                .addProperty("datatype", new StringSchema().format("uri"))
                .required(List.of("type", "value"));
    }

    /** SELECT rows or an ASK answer. */
    private static Schema<?> sparqlResults() {
        return new ObjectSchema().description("SPARQL 1.1 Query Results JSON Format (W3C)")
                .addProperty("head", new ObjectSchema().addProperty("vars", new ArraySchema().items(new StringSchema()))
                        .addProperty("link", new ArraySchema().items(new StringSchema())))
                .addProperty("results", new ObjectSchema().addProperty("bindings", new ArraySchema()
                        .items(new MapSchema().additionalProperties(ref("RdfTerm")))))
                .addProperty("boolean", new BooleanSchema().description("the answer of an ASK query"))
                .required(List.of("head"));
    }

    private static Schema<?> error() {
        return new ObjectSchema().addProperty("status", new IntegerSchema())
                .addProperty("error", new StringSchema())
                .addProperty("requestId", new StringSchema().description("also in the server log"))
                .addProperty("line", new IntegerSchema().description("malformed RDF: where"))
                .addProperty("column", new IntegerSchema())
                .required(List.of("status", "error"));
    }

    private static Schema<?> report() {
        Schema<?> result = new ObjectSchema().addProperty("severity", new StringSchema())
                .addProperty("shape", new StringSchema()).addProperty("focusNode", new StringSchema())
                .addProperty("path", new StringSchema()).addProperty("value", new StringSchema())
                .addProperty("message", new StringSchema())
                .addProperty("location", new StringSchema().description("where the focus node is in the entry"));
        return new ObjectSchema().description("The SHACL report on the graph together with the entry")
                .addProperty("conforms", new BooleanSchema())
                .addProperty("violations", new IntegerSchema())
                .addProperty("warnings", new IntegerSchema())
                .addProperty("results", new ArraySchema().items(result))
                .required(List.of("conforms", "violations", "warnings", "results"));
    }

    private static Schema<?> accepted() {
        return new ObjectSchema().addProperty("accepted", new BooleanSchema())
                .addProperty("durable", new BooleanSchema().description("false without --store: lost on restart"))
                .addProperty("change", new StringSchema()).addProperty("curator", new StringSchema())
                .addProperty("time", new StringSchema().format("date-time"))
                .addProperty("added", new IntegerSchema())
                .addProperty("triples", new ArraySchema().items(new StringSchema().description("N-Triples")))
                .addProperty("dataVersion", new IntegerSchema())
                .addProperty("report", ref("ValidationReport"));
    }

    private static Schema<?> searchHit() {
        return new ObjectSchema().addProperty("iri", new StringSchema().format("uri"))
                .addProperty("label", new StringSchema()).addProperty("lang", new StringSchema())
                .addProperty("type", new StringSchema().format("uri")).addProperty("typeLabel", new StringSchema())
                .addProperty("href", new StringSchema()).addProperty("matched", new StringSchema());
    }

    private static Schema<?> vocabulary() {
        Schema<?> term = new ObjectSchema().addProperty("iri", new StringSchema().format("uri"))
                .addProperty("label", new StringSchema());
        return new ObjectSchema()
                .addProperty("prefixes", new MapSchema().additionalProperties(new StringSchema()))
                .addProperty("classes", new ArraySchema().items(term))
                .addProperty("properties", new ArraySchema().items(term))
                .addProperty("states", new MapSchema().additionalProperties(new StringSchema())
                        .description("UN M49 code by ISO 3166-1 alpha-3 code"));
    }
}
