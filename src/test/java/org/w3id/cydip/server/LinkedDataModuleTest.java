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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
        assertEquals(404, fx.get("/id/instrument/budapest-convention-typo", "Accept", "text/turtle").statusCode());
        assertEquals(404, fx.get("/id/", "Accept", "text/html").statusCode());
        assertEquals(404, fx.get("/dumps/cydip.zip").statusCode());
    }

    @Test
    void an_unacceptable_media_type_is_406() {
        assertEquals(406, fx.get("/id/state/FRA", "Accept", "image/png").statusCode());
    }

    static Document html(String path, String... headers) {
        HttpResponse<String> r = fx.get(path, headers);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }

    @Test
    void the_html_page_labels_things_in_the_readers_language() {
        Document es = html("/id/state/FRA", "Accept", "text/html", "Accept-Language", "es-MX, fr;q=0.5");
        assertEquals("Francia", es.getElementById("title").text());
        assertEquals("es", es.getElementById("title").attr("lang"));
        assertEquals("es", es.selectFirst("html").attr("lang"));
        assertEquals("Россия", html("/id/state/RUS.html", "Accept-Language", "ru").getElementById("title").text());
        assertEquals("俄罗斯", html("/id/state/RUS.html", "Accept-Language", "zh-CN").getElementById("title").text());
        Document sw = html("/id/state/RUS.html", "Accept-Language", "sw");
        assertEquals("Russia", sw.getElementById("title").text());
        assertEquals("en", sw.selectFirst("html").attr("lang"));
    }

    @Test
    void a_label_missing_in_the_readers_language_is_english_marked_as_english() {
        Element title = html("/id/state/XSS.html", "Accept-Language", "fr").getElementById("title");
        assertEquals("en", title.attr("lang"));
        assertTrue(title.hasClass("fallback"), title.outerHtml());
    }

    @Test
    void the_arabic_page_is_right_to_left_and_the_language_switcher_keeps_the_page() {
        Document ar = html("/id/state/RUS.html?lang=ar");
        assertEquals("rtl", ar.selectFirst("html").attr("dir"));
        assertEquals("ar", ar.selectFirst("html").attr("lang"));
        assertEquals("روسيا", ar.getElementById("title").text());
        assertEquals("ltr", html("/id/state/RUS.html?lang=fr").selectFirst("html").attr("dir"));
        Element fr = ar.selectFirst("#languages a[hreflang=fr]");
        assertEquals("/id/state/RUS?lang=fr", fr.attr("href"));
        assertEquals("true", ar.selectFirst("#languages a[hreflang=ar]").attr("aria-current"));
    }

    @Test
    void a_state_page_shows_treaty_status_votes_positions_and_sources_with_links() {
        Document d = html("/id/state/FRA.html");
        assertEquals("party", d.selectFirst("#treaty-status-table tr[data-instrument]").attr("data-status"));
        assertEquals("/id/instrument/budapest-ets185",
                d.selectFirst("#treaty-status-table tr[data-instrument] a").attr("href"));
        assertEquals(1, d.select("#votes-table tbody tr").size());
        assertEquals(1, html("/id/state/RUS.html").select("#positions-table tbody tr").size());
        assertTrue(d.select("a[href=/id/source/0000000000000001]").size() > 0, d.html());
    }

    @Test
    void a_source_page_links_out_to_the_document_and_lists_the_facts_citing_it() {
        Document d = html("/id/source/0000000000000001.html");
        assertEquals(1, d.select("#facts a[href=https://www.un.org/en/about-us/member-states]").size(), d.html());
        assertTrue(d.select("#cited-by tbody tr").size() >= 2, "the states resting on it");
        Document script = html("/id/source/0000000000000002.html");
        assertTrue(script.select("a[href^=javascript:]").isEmpty());
        assertTrue(script.getElementById("facts").text().contains("javascript:alert(1)"), "shown, not linked");
    }

    @Test
    void the_html_page_escapes_labels_and_never_links_to_script() {
        HttpResponse<String> r = fx.get("/id/state/XSS", "Accept", "text/html");
        Document d = Jsoup.parse(r.body());
        assertEquals("<script>alert('x')</script>\"><img src=x onerror=alert(1)>", d.getElementById("title").text());
        assertTrue(d.select("script:not([src]), img").isEmpty(), d.html());
        assertTrue(d.select("a[href^=javascript:]").isEmpty());
        assertTrue(r.body().contains("&lt;script&gt;"));
    }

    @Test
    void an_unknown_iri_asked_for_in_html_gets_an_html_404_with_the_search_box() {
        HttpResponse<String> r = fx.get("/id/state/ATL", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document d = Jsoup.parse(r.body());
        assertEquals("404", d.getElementById("error").attr("data-status"));
        assertEquals("ATL", d.selectFirst("#error-search input[name=q]").val());
        assertTrue(fx.get("/id/state/ATL", "Accept", "text/turtle").headers().firstValue("Content-Type").orElse("")
                .startsWith("application/json"));
    }

    @Test
    void a_deprecated_iri_answers_301_to_its_replacement_in_every_representation() {
        for (String[] asked : new String[][] {{"/id/instrument/budapest-convention", "text/html"},
                {"/id/instrument/budapest-convention", "text/turtle"},
                {"/id/instrument/budapest-convention", "application/ld+json"}}) {
            HttpResponse<String> r = fx.get(asked[0], "Accept", asked[1]);
            assertEquals(301, r.statusCode(), asked[1]);
            assertEquals("/id/instrument/budapest-ets185", r.headers().firstValue("Location").orElse(null));
        }
        HttpResponse<String> doc = fx.get("/id/instrument/budapest-convention.ttl?lang=fr");
        assertEquals(301, doc.statusCode());
        assertEquals("/id/instrument/budapest-ets185.ttl?lang=fr", doc.headers().firstValue("Location").orElse(null));
    }

    @Test
    void plain_json_gets_json_ld() {
        HttpResponse<String> r = fx.get("/id/state/FRA", "Accept", "application/json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertFalse(parse(r, Lang.JSONLD).isEmpty());
    }

    @Test
    void a_treatys_description_holds_the_acts_that_point_at_it() {
        Graph g = parse(fx.get("/id/instrument/budapest-ets185.ttl"), Lang.TURTLE);
        Node act = Cydip.id("participation", "budapest-ets185/FRA/ratification");
        assertTrue(g.contains(act, Cydip.instrument, Cydip.id("instrument", "budapest-ets185")));
        assertTrue(g.contains(act, Cydip.date, Node.ANY), "the act's own description comes with it");
        assertTrue(g.contains(Cydip.id("state", "FRA"), org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY),
                "and the labels of the states it names");
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
