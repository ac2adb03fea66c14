package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import java.net.http.HttpResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.vocab.Cydip;

class LinkedDataModuleTest extends ServedFixtureTest {
    static Graph parse(HttpResponse<String> r, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), lang).parse(g);
        return g;
    }

    @Test
    void every_rdf_media_type_gives_the_same_graph() {
        Graph turtle = null;
        for (Representation r : Representation.RESOURCES) {
            if (!r.isRdf())
                continue;
            HttpResponse<String> resp = fx.get("/id/state/RUS", "Accept", r.mediaType);
            assertEquals(200, resp.statusCode(), r.mediaType);
            assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(r.mediaType));
            Graph g = parse(resp, r.lang);
            assertFalse(g.isEmpty(), r.mediaType);
            if (turtle == null)
                turtle = g;
            else
                assertIsomorphic(turtle, g, r.mediaType + " against Turtle");
        }
    }

    @Test
    void a_bare_iri_answers_directly_naming_its_document_and_varying_on_accept() {
        HttpResponse<String> r = fx.get("/id/state/FRA", "Accept", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertEquals("/id/state/FRA.jsonld", r.headers().firstValue("Content-Location").orElse(null));
        assertTrue(r.headers().firstValue("Vary").orElse("").contains("Accept"));
    }

    @Test
    void a_document_url_answers_in_its_own_representation_whatever_the_accept_header() {
        HttpResponse<String> r = fx.get("/id/state/FRA.nt", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertTrue(r.headers().firstValue("Content-Location").isEmpty());
    }

    @Test
    void the_description_holds_the_acts_about_a_state_and_their_sources() {
        Graph g = parse(fx.get("/id/state/RUS.ttl"), Lang.TURTLE);
        assertTrue(g.contains(Cydip.id("vote", "A-RES-74-247/RUS"), Cydip.voter, Cydip.id("state", "RUS")));
        assertTrue(g.contains(Cydip.id("position", "RUS/budapest-ets185/2010-11-12"), Cydip.holder,
                Cydip.id("state", "RUS")));
        assertTrue(g.contains(Cydip.id("source", "0000000000000004"), Cydip.url,
                NodeFactory.createLiteralDT("https://digitallibrary.un.org/record/3841023",
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI)));
        assertTrue(g.contains(Cydip.id("state", "RUS"), OWL.sameAs.asNode(),
                NodeFactory.createURI("http://www.wikidata.org/entity/Q159")));
    }

    @Test
    void an_unknown_iri_is_404() {
        assertEquals(404, fx.get("/id/state/ATL", "Accept", "text/turtle").statusCode());
        assertEquals(404, fx.get("/id/state/ATL.html").statusCode());
        assertEquals(404, fx.get("/id/", "Accept", "text/html").statusCode());
        assertEquals(404, fx.get("/dumps/cydip.zip").statusCode());
    }

    @Test
    void an_unacceptable_media_type_is_406() {
        assertEquals(406, fx.get("/id/state/FRA", "Accept", "image/png").statusCode());
    }

    @Test
    void the_html_page_labels_things_in_the_readers_language() {
        String html = fx.get("/id/state/FRA", "Accept", "text/html", "Accept-Language", "es-MX, fr;q=0.5").body();
        assertTrue(html.contains("<h1>Francia</h1>"), html);
        assertTrue(html.contains("lang=\"es-mx\""), html);
        String ru = fx.get("/id/state/RUS.html", "Accept-Language", "ru").body();
        assertTrue(ru.contains("<h1>Россия</h1>"), ru);
        String zh = fx.get("/id/state/RUS.html", "Accept-Language", "zh-CN").body();
        assertTrue(zh.contains("<h1>俄罗斯</h1>"), zh);
        String fallback = fx.get("/id/state/RUS.html", "Accept-Language", "sw").body();
        assertTrue(fallback.contains("<h1>Russia</h1>"), fallback);
    }

    @Test
    void a_state_page_shows_treaty_status_votes_positions_and_sources_with_links() {
        String html = fx.get("/id/state/FRA.html").body();
        assertTrue(html.contains("Treaty status (1)"), html);
        assertTrue(html.contains("Votes (1)"), html);
        assertTrue(html.contains("href=\"/id/instrument/budapest-ets185\""), html);
        assertTrue(html.contains("href=\"https://www.un.org/en/about-us/member-states\""), html);
        assertTrue(fx.get("/id/state/RUS.html").body().contains("Positions (1)"));
    }

    @Test
    void the_html_page_escapes_labels_and_never_links_to_script() {
        String html = fx.get("/id/state/XSS", "Accept", "text/html").body();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;&lt;img"), html);
        assertFalse(html.contains("href=\"javascript:"), html);
    }

    @Test
    void the_ontology_resolves_in_every_representation() {
        for (Representation r : Representation.RESOURCES) {
            HttpResponse<String> resp = fx.get("/ontology", "Accept", r.mediaType);
            assertEquals(200, resp.statusCode(), r.mediaType);
            if (r.isRdf())
                assertTrue(parse(resp, r.lang).contains(Cydip.State, Node.ANY, Node.ANY), r.mediaType);
        }
        String html = fx.get("/ontology", "Accept", "text/html").body();
        assertTrue(html.contains("id=\"State\""), "/ontology#State needs an anchor");
    }
}
