package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.Sparql;

class ResourcePagesTest extends ServedRealGraph {
    static int apiRows(String path) {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.parse(r.body()).getObj("results").get("bindings").getAsArray().size();
    }

    @Test
    void the_budapest_page_has_as_many_parties_as_budapest_convention_parties_returns() {
        Document d = server.page("/id/instrument/budapest-ets185");
        int parties = apiRows("/api/queries/budapest-convention-parties");
        assertEquals(parties, d.select("table#status tbody tr[data-status=party]").size());
        assertEquals(String.valueOf(parties), d.getElementById("party-count").attr("data-count"));
        assertEquals("page-treaty", d.body().className());
    }

    @Test
    void the_treaty_map_and_timeline_come_from_the_queries_the_page_shows() {
        Document d = server.page("/id/instrument/budapest-ets185");
        Element map = d.selectFirst("div#status-map.cydip-map");
        assertEquals("status", map.attr("data-color"));
        assertEquals(d.select("table#status tbody tr").size(), apiRows(map.attr("data-source")));
        Element timeline = d.selectFirst("div#acts-timeline.cydip-timeline");
        assertEquals("date", timeline.attr("data-date"));
        assertEquals(d.select("table#acts tbody tr").size(), apiRows(timeline.attr("data-source")));
        assertTrue(d.selectFirst("#status-section details.view-query code").text().contains("cydip:latestDay"));
        assertNotNull(d.getElementById("asof-form"));
        assertEquals("date", d.selectFirst("#asof-form input[name=asof]").attr("type"));
    }

    @Test
    void a_bad_status_date_is_an_html_400() {
        HttpResponse<String> r = server.get("/id/instrument/budapest-ets185?asof=soon", RealGraphServer.withHtml());
        assertEquals(400, r.statusCode());
        assertTrue(Jsoup.parse(r.body()).getElementById("error-message").text().contains("asof"));
    }

    @Test
    void the_statements_about_a_treaty_are_its_positions() {
        Document d = server.page("/id/instrument/budapest-ets185");
        long positions = Sparql.count(server.data().dataset(), "SELECT (COUNT(DISTINCT ?p) AS ?n) "
                + "{ ?p cydip:target <https://w3id.org/cydip/id/instrument/budapest-ets185> }");
        assertEquals(positions, d.select("#statements-table tbody tr").size());
        assertTrue(positions > 0);
    }

    @Test
    void a_res_74_247_shows_79_60_33_and_193_rows() {
        Document d = server.page("/id/instrument/A-RES-74-247");
        assertEquals("79", d.selectFirst("#totals dd[data-choice=yes]").text());
        assertEquals("60", d.selectFirst("#totals dd[data-choice=no]").text());
        assertEquals("33", d.selectFirst("#totals dd[data-choice=abstain]").text());
        assertEquals("79", d.selectFirst("#recorded-totals dd[data-choice=yes]").text());
        assertEquals(193, d.select("table#roll-call tbody tr").size());
        assertEquals("yes", d.selectFirst("table#roll-call tr[data-iso3=RUS]").attr("data-vote"));
        Element map = d.selectFirst("div#roll-call-map.cydip-map");
        assertEquals("/api/queries/votes-on-resolution?resolution=A%2FRES%2F74%2F247", map.attr("data-source"));
        assertEquals("vote", map.attr("data-color"));
        assertTrue(d.getElementById("title").text().startsWith("A/RES/74/247"));
    }

    @Test
    void a_state_page_answers_with_its_treaties_votes_positions_memberships_offices_and_coalitions() {
        Document d = server.page("/id/state/FRA");
        assertEquals("party", d.selectFirst("#treaty-status-table tr[data-instrument="
                + "https://w3id.org/cydip/id/instrument/budapest-ets185]").attr("data-status"));
        assertTrue(d.select("#coalitions-table tr[data-status=participant]").size() > 0);
        long votes = Sparql.count(server.data().dataset(), "SELECT (COUNT(*) AS ?n) "
                + "{ ?v cydip:voter <https://w3id.org/cydip/id/state/FRA> }");
        assertEquals(votes, d.select("#votes-table tbody tr").size());
        for (String id : new String[] {"positions", "memberships", "offices"})
            assertNotNull(d.getElementById(id), id);
        assertTrue(d.select("#memberships-table tbody tr").size() > 0);
    }

    @Test
    void a_source_page_gives_every_fact_that_cites_it() {
        String source = "https://w3id.org/cydip/id/source/4d884e458ba03498";
        Document d = server.page("/id/source/4d884e458ba03498");
        long citing = Sparql.count(server.data().dataset(), "SELECT (COUNT(DISTINCT ?f) AS ?n) { ?f cydip:source <"
                + source + "> }");
        assertEquals(citing, d.select("table#cited-by tbody tr").size());
        assertEquals("page-source", d.body().className());
    }

    @Test
    void a_source_page_shows_its_title_publisher_kind_and_url() {
        Document d = server.page("/id/source/0914c702f2fb0c17");
        assertEquals("UN Digital Library voting record", d.getElementById("title").text());
        String facts = d.select("#facts").text();
        for (String shown : List.of("UN Digital Library voting record", "United Nations", "official",
                "https://digitallibrary.un.org/record/1655128"))
            assertTrue(facts.contains(shown), shown + " not among the key facts: " + facts);
    }

    @Test
    void every_page_groups_what_points_at_it_by_property_and_links_its_rdf() {
        Document d = server.page("/id/instrument/A-RES-74-247");
        Element votes = d.selectFirst("#inbound details[data-property=https://w3id.org/cydip/ontology#resolution]");
        assertEquals("193", votes.attr("data-count"));
        assertEquals(Inbound.SHOWN, votes.select("li:not(.more)").size());
        assertEquals("/id/instrument/A-RES-74-247.ttl", d.selectFirst("#formats a[type=text/turtle]").attr("href"));
        assertNotNull(d.selectFirst("link[rel=alternate][type=application/ld+json]"));
        assertEquals(4, d.select("#formats a").size(), "Turtle, JSON-LD, N-Triples, RDF/XML: a resource has no quads");
    }

    @Test
    void the_arabic_page_is_right_to_left_with_its_labels_tagged() {
        Document d = server.page("/id/state/RUS?lang=ar");
        assertEquals("rtl", d.selectFirst("html").attr("dir"));
        assertEquals("ar", d.getElementById("title").attr("lang"));
        assertEquals("rtl", d.getElementById("title").attr("dir"));
        Element fallback = d.selectFirst("#votes-table a.fallback");
        assertEquals("en", fallback.attr("lang"), "resolutions have English titles only, marked so");
        assertTrue(d.select("#votes-table a[href$=?lang=ar]").size() > 0, "links keep the chosen language");
    }

    @Test
    void other_resources_get_their_facts_and_what_points_at_them() {
        Document d = server.page("/id/org/unga");
        assertEquals("page-resource", d.body().className());
        assertTrue(d.select("#facts-section .fact").size() > 0);
        assertTrue(d.select("#inbound details").size() > 0);
    }
}
