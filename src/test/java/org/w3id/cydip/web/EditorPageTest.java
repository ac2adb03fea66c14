package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EditorPageTest extends ServedRealGraph {
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void the_editor_shell_points_the_script_at_the_endpoint_the_examples_and_the_vocabulary() {
        Document d = server.page("/sparql");
        Element y = d.getElementById("yasgui");
        assertEquals("/cydip/sparql", y.attr("data-endpoint"));
        assertEquals("/api/queries", y.attr("data-examples"));
        assertEquals("/api/vocabulary", y.attr("data-vocabulary"));
        assertFalse(y.hasAttr("data-query"));
        assertNotNull(d.selectFirst("script[src=/assets/yasgui.js]"));
        assertNotNull(d.selectFirst("link[href=/assets/yasgui.css]"));
        assertTrue(d.getElementById("prefixes").text().contains("PREFIX cydip: <https://w3id.org/cydip/ontology#>"));
        assertEquals("/sparql?example=votes-on-resolution",
                d.selectFirst("#examples li[data-query=votes-on-resolution] a").attr("href"));
    }

    @Test
    void without_script_the_editor_is_a_form_on_the_endpoint() {
        Element form = server.page("/sparql").getElementById("sparql-fallback");
        assertEquals("/cydip/sparql", form.attr("action"));
        assertEquals("get", form.attr("method"));
        assertTrue(form.selectFirst("textarea[name=query]").text().contains("cydip:State"));
    }

    @Test
    void an_example_opens_with_its_values_written_in() {
        Document d = server.page("/sparql?example=state-profile&state=FRA");
        String q = d.getElementById("yasgui").attr("data-query");
        assertTrue(q.contains("\"FRA\""), q);
        assertFalse(q.contains("?_state"), q);
        assertEquals(q, d.selectFirst("#sparql-fallback textarea").wholeText());
    }

    @Test
    void a_query_in_the_address_opens_in_the_editor() {
        Document d = server.page("/sparql?query=" + Links.encode("SELECT * { ?s ?p \"<b>\" }"));
        assertEquals("SELECT * { ?s ?p \"<b>\" }", d.getElementById("yasgui").attr("data-query"));
    }

    @Test
    void a_browser_opening_the_endpoint_lands_on_the_editor() {
        for (String path : new String[] {"/cydip/sparql", "/cydip/query", "/cydip"}) {
            HttpResponse<String> r = server.get(path, "Accept", BROWSER);
            assertEquals(303, r.statusCode(), path);
            assertEquals("/sparql", r.headers().firstValue("Location").orElse(null), path);
        }
    }

    @Test
    void an_rdf_client_gets_the_service_description_from_the_endpoint_and_the_dataset() {
        for (String path : new String[] {"/cydip/sparql", "/cydip/query", "/cydip"}) {
            HttpResponse<String> r = server.get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("sd:Service"), path);
            assertTrue(r.body().length() < 200_000, path + " sent " + r.body().length() + " characters");
        }
    }

    @Test
    void the_endpoint_still_answers_queries_and_the_dataset_still_serves_a_named_graph() {
        HttpResponse<String> q = server.get("/cydip/query?query=" + Links.encode("ASK { ?s ?p ?o }"),
                "Accept", "application/sparql-results+json");
        assertEquals(200, q.statusCode());
        assertTrue(q.body().contains("true"));
        HttpResponse<String> g = server.get("/cydip?graph=" + Links.encode("https://w3id.org/cydip/graph/ontology"),
                "Accept", "text/turtle");
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("owl:Class"));
    }
}
