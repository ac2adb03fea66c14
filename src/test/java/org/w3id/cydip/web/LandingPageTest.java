package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.Sparql;

class LandingPageTest extends ServedRealGraph {
    @Test
    void the_counts_are_the_datas() {
        Document d = server.page("/");
        Map<String, String> counted = Map.of(
                "states", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cydip:State }",
                "acts", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cydip:ParticipationAct }",
                "votes", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cydip:Vote }",
                "positions", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cydip:Position }",
                "sources", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cydip:SourceDocument }",
                "instruments", "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?t VALUES ?t { cydip:Treaty cydip:Protocol "
                        + "cydip:Resolution cydip:Report cydip:Declaration cydip:CodeOfConduct cydip:Initiative } }");
        counted.forEach((key, query) -> {
            Element dd = d.selectFirst("#counts dd[data-count=" + key + "]");
            assertNotNull(dd, key);
            assertEquals(Sparql.count(server.data().dataset(), query), Long.parseLong(dd.text()), key);
        });
        assertTrue(Long.parseLong(d.selectFirst("dd[data-count=votes]").text()) > 2000);
    }

    @Test
    void it_says_what_cydip_is_and_offers_the_search_and_every_way_in() {
        Document d = server.page("/");
        assertTrue(d.selectFirst("#about").text().contains("source"));
        Element search = d.selectFirst("#landing-search");
        assertEquals("/search", search.attr("action"));
        assertEquals("/api/search", search.selectFirst("input[name=q]").attr("data-source"));
        for (String id : new String[] {"to-gallery", "to-editor", "to-dumps", "to-void", "to-api", "to-curators"})
            assertNotNull(d.getElementById(id), id);
        assertEquals("/queries", d.getElementById("to-gallery").attr("href"));
        assertEquals("/dumps/cydip.trig", d.getElementById("to-dumps").attr("href"));
    }

    @Test
    void the_counts_query_is_shown_and_opens_in_the_editor() {
        Document d = server.page("/");
        assertTrue(d.selectFirst("#counts-section details.view-query code").text().contains("cydip:SourceDocument"));
        assertTrue(d.selectFirst("#counts-section a.open-in-editor").attr("href").startsWith("/sparql?query="));
    }

    @Test
    void every_page_loads_only_from_this_server() {
        for (String path : new String[] {"/", "/queries", "/queries/votes-on-resolution", "/sparql", "/api/docs",
                "/curators", "/search?q=France", "/id/state/RUS", "/id/instrument/budapest-ets185",
                "/ontology.html", "/.well-known/void.html"}) {
            Document d = server.page(path);
            for (Element e : d.select("script[src], link[href][rel=stylesheet], img[src], iframe[src]")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertTrue(ref.startsWith("/") && !ref.startsWith("//"), path + " loads " + ref);
            }
            assertTrue(d.select("script:not([src])").isEmpty(), path + " has an inline script");
        }
    }
}
