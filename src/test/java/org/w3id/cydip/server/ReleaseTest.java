package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.RealServerTest;

/** The real graph is release 2026.12: VoID and DCAT say so, and the dumps carry it in their names. */
class ReleaseTest extends RealServerTest {
    private static List<String> values(Model m, String where) {
        String q = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
                + "SELECT ?v { " + where + " } ORDER BY ?v";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(s -> out.add(s.get("v").isLiteral()
                    ? s.getLiteral("v").getLexicalForm() : s.get("v").toString()));
            return out;
        }
    }

    @Test
    void void_and_dcat_give_the_release_and_the_day_of_its_sources() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(server.get("/.well-known/void", "Accept", "text/turtle").body(), Lang.TURTLE).parse(m);
        assertEquals(List.of("2026.12"), values(m, "?d a void:Dataset , dcat:Dataset ; owl:versionInfo ?v"));
        assertEquals(List.of("2026.12"), values(m, "?d a dcat:Dataset ; dcat:version ?v"));
        assertEquals(List.of("2026-12-01"), values(m, "?d a dcat:Dataset ; dcterms:modified ?v"));
        assertEquals(List.of(server.url("/dumps/cydip-2026.12.nq.gz"), server.url("/dumps/cydip-2026.12.trig")),
                values(m, "?d void:dataDump ?v"));
    }

    @Test
    void the_versioned_dumps_answer_and_the_old_names_keep_answering() {
        for (String name : List.of("cydip-2026.12.trig", "cydip.trig", "cydip-2026.12.nq.gz", "cydip.nq.gz")) {
            HttpResponse<byte[]> r = server.getBytes("/dumps/" + name);
            assertEquals(200, r.statusCode(), name);
        }
        assertEquals(404, server.getBytes("/dumps/cydip-2025.01.trig").statusCode(), "another release is not served");
    }
}
