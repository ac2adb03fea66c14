package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.vocab.Cydip;

class SelfDescriptionTest extends ServedFixtureTest {
    private static Model model(HttpResponse<String> r) {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
        return m;
    }

    private static String ask(Model m, String where) {
        String q = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcat: <http://www.w3.org/ns/dcat#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX sd: <http://www.w3.org/ns/sparql-service-description#> "
                + "SELECT ?v { " + where + " }";
        try (var qe = QueryExecutionFactory.create(q, m)) {
            var rs = qe.execSelect();
            if (!rs.hasNext())
                return null;
            var v = rs.next().get("v");
            return v.isLiteral() ? v.asLiteral().getLexicalForm() : v.toString();
        }
    }

    @Test
    void void_counts_the_triples_and_the_wikidata_links_of_the_live_data() {
        Model m = model(fx.get("/.well-known/void", "Accept", "text/turtle"));
        long quads = Store.size(fx.dataset());
        assertEquals(Long.toString(quads),
                ask(m, "?d a void:Dataset ; void:triples ?v"), "triples (the fixture has no triple in two graphs)");
        assertEquals("2",
                ask(m, "?l a void:Linkset ; void:objectsTarget <http://www.wikidata.org/> ; void:triples ?v"));
        assertEquals("3",
                ask(m, "?d void:classPartition [ void:class <" + Cydip.State.getURI() + "> ; void:entities ?v ]"));
        assertEquals(fx.url("/cydip/sparql"), ask(m, "?d void:sparqlEndpoint ?v"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", ask(m, "?d a dcat:Dataset ; dcterms:license ?v"));
        assertEquals(fx.url("/dumps/cydip.nq.gz"), ask(m, "?d void:dataDump ?v FILTER(STRENDS(STR(?v), \".gz\"))"));
    }

    @Test
    void a_bare_get_on_the_sparql_endpoint_gives_the_service_description() {
        HttpResponse<String> r = fx.get("/cydip/sparql", "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = model(r);
        assertEquals(fx.url("/cydip/sparql"), ask(m, "?s a sd:Service ; sd:endpoint ?v"));
        assertEquals("http://www.w3.org/ns/sparql-service-description#SPARQL11Query",
                ask(m, "?s sd:supportedLanguage ?v"));
    }

    @Test
    void a_bare_get_asking_only_for_sparql_results_is_left_to_fuseki() {
        HttpResponse<String> r = fx.get("/cydip/sparql", "Accept", "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, () -> r.statusCode() + " " + r.body());
        assertFalse(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
    }

    @Test
    void queries_still_reach_the_endpoint_past_the_service_description() {
        HttpResponse<String> r = fx.get("/cydip/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",
                "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("true"));
    }

    @Test
    void the_trig_and_gzipped_nquads_dumps_hold_every_named_graph() throws IOException {
        HttpResponse<byte[]> trig = fx.getBytes("/dumps/cydip.trig");
        assertEquals(200, trig.statusCode());
        assertTrue(trig.headers().firstValue("Content-Type").orElse("").startsWith("application/trig"));
        HttpResponse<byte[]> nq = fx.getBytes("/dumps/cydip.nq.gz");
        assertEquals("application/gzip", nq.headers().firstValue("Content-Type").orElse(null));

        DatasetGraph fromTrig = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(trig.body())).lang(Lang.TRIG).parse(fromTrig);
        DatasetGraph fromNq = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(nq.body()))).lang(Lang.NQUADS).parse(fromNq);
        assertIsomorphic(fromTrig, fromNq);
        Dataset ds = DatasetFactory.wrap(fromNq);
        assertTrue(ds.containsNamedModel(Cydip.GRAPH + "votes"));
        assertTrue(ds.containsNamedModel(Cydip.GRAPH + "ontology"));
        assertEquals(Store.size(fx.dataset()), fromNq.stream().count());
    }
}
