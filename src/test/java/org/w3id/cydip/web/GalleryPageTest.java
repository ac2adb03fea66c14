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
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;

class GalleryPageTest extends ServedRealGraph {
    static final QueryCatalogue CATALOGUE = QueryCatalogue.load(org.w3id.cydip.TestProject.files());

    @Test
    void the_gallery_has_a_card_for_every_canned_query() {
        Document d = server.page("/queries");
        for (CannedQuery q : CATALOGUE.all()) {
            Element card = d.selectFirst("li.query-card[data-query=" + q.name() + "]");
            assertNotNull(card, q.name());
            assertEquals(q.header().summary(), card.selectFirst("h2 a").text());
            assertEquals("/queries/" + q.name(), card.selectFirst("h2 a").attr("href"));
            assertEquals(q.header().tags(), card.select("ul.tags li.tag").eachText());
        }
        assertEquals(CATALOGUE.all().size(), d.select("li.query-card").size());
    }

    @Test
    void every_canned_query_page_renders_with_its_defaults() {
        for (CannedQuery q : CATALOGUE.all()) {
            HttpResponse<String> r = server.get("/queries/" + q.name(), RealGraphServer.withHtml());
            assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
            Document d = Jsoup.parse(r.body());
            assertNotNull(d.getElementById("query-form"), q.name());
            assertTrue(d.selectFirst("#query-text").text().contains("#+ summary:"), q.name());
        }
    }

    @Test
    void the_form_has_a_date_input_for_a_date_and_a_state_picker_in_the_readers_language() {
        Document d = server.page("/queries/treaty-status?lang=fr");
        assertEquals("date", d.selectFirst("#param-asof").attr("type"));
        assertEquals("url", d.selectFirst("#param-treaty").attr("type"));
        Element state = d.selectFirst("select#param-state");
        assertNotNull(state);
        Element idn = state.selectFirst("option[value=IDN]");
        assertEquals("Indonésie (IDN)", idn.text());
        assertEquals("fr", idn.attr("lang"));
        assertTrue(state.selectFirst("option[value=\"\"]") != null, "an optional parameter can be left out");
    }

    @Test
    void the_form_has_a_resolution_picker_and_a_select_for_enumerated_values() {
        Document d = server.page("/queries/votes-on-resolution");
        Element res = d.selectFirst("select#param-resolution");
        assertEquals("A/RES/74/247", res.selectFirst("option[selected]").val());
        assertTrue(res.select("option").size() >= 10);
        Element question = server.page("/queries/positions-on-legal-question").selectFirst("select#param-question");
        assertEquals(CATALOGUE.get("positions-on-legal-question").parameters().get(0).allowed(),
                question.select("option").eachAttr("value"));
        assertEquals("sovereignty", question.selectFirst("option[selected]").val());
    }

    @Test
    void the_results_are_rendered_on_the_server_and_point_the_script_at_the_api() {
        Document d = server.page("/queries/votes-on-resolution?resolution=A%2FRES%2F74%2F247&view=map");
        Element results = d.selectFirst("div#results.cydip-results");
        String source = results.attr("data-source");
        assertEquals("/api/queries/votes-on-resolution?resolution=A%2FRES%2F74%2F247", source);
        assertEquals("map", results.attr("data-view"));
        assertEquals(source, results.attr("data-downloads"));
        int apiRows = JSON.parse(server.get(source).body()).getObj("results").get("bindings").getAsArray().size();
        assertEquals(apiRows, Integer.parseInt(d.selectFirst("#row-count").attr("data-rows")));
        assertEquals(Math.min(apiRows, QueryPage.SHOWN_ROWS), results.select("table.results tbody tr").size());
        assertEquals("map", d.selectFirst("#query-form input[name=view]").val());
    }

    @Test
    void the_permalink_and_downloads_keep_the_parameters_and_the_view() {
        Document d = server.page("/queries/state-profile?state=FRA&view=table");
        assertEquals("/queries/state-profile?state=FRA&view=table", d.getElementById("permalink").attr("href"));
        List<String> formats = d.select("#downloads a.download").eachAttr("data-format");
        assertEquals(List.of("csv", "tsv", "json", "xml"), formats);
        assertEquals("/api/queries/state-profile?state=FRA&format=csv", d.selectFirst("a.download").attr("href"));
        assertEquals("/sparql?example=state-profile&state=FRA", d.getElementById("open-in-editor").attr("href"));
    }

    @Test
    void a_bad_parameter_is_shown_on_the_form_with_400() {
        HttpResponse<String> r = server.get("/queries/budapest-convention-parties?asof=yesterday",
                RealGraphServer.withHtml());
        assertEquals(400, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertTrue(d.getElementById("query-error").text().contains("asof"));
        assertEquals("yesterday", d.selectFirst("#param-asof").val());
    }

    @Test
    void an_unknown_query_is_an_html_404_with_the_search_box() {
        HttpResponse<String> r = server.get("/queries/no-such-question", RealGraphServer.withHtml());
        assertEquals(404, r.statusCode());
        Document d = Jsoup.parse(r.body());
        assertEquals("404", d.selectFirst("#error").attr("data-status"));
        assertNotNull(d.getElementById("error-search"));
    }
}
