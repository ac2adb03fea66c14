package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SearchTest extends ServedRealGraph {
    static JsonArray search(String q, String lang) {
        HttpResponse<String> r = server.get("/api/search?q=" + Links.encode(q) + (lang == null ? "" : "&lang=" + lang));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.parseAny(r.body()).getAsArray();
    }

    static JsonObject first(JsonArray hits) {
        assertTrue(hits.size() > 0, "no hits");
        return hits.get(0).getAsObject();
    }

    @Test
    void a_french_name_with_its_accent_finds_indonesia() {
        JsonObject hit = first(search("Indonésie", "fr"));
        assertEquals("https://w3id.org/cydip/id/state/IDN", hit.getString("iri"));
        assertEquals("Indonésie", hit.getString("label"));
        assertEquals("fr", hit.getString("lang"));
        assertEquals("/id/state/IDN", hit.getString("href"));
        assertEquals("https://w3id.org/cydip/ontology#State", hit.getString("type"));
    }

    @Test
    void accents_and_case_do_not_matter() {
        assertEquals("https://w3id.org/cydip/id/state/IDN", first(search("INDONESIE", "en")).getString("iri"));
        assertEquals("https://w3id.org/cydip/id/state/IDN", first(search("indonésie", null)).getString("iri"));
    }

    @Test
    void a_russian_name_finds_russia_labelled_in_the_readers_language() {
        JsonObject hit = first(search("Россия", "en"));
        assertEquals("https://w3id.org/cydip/id/state/RUS", hit.getString("iri"));
        assertEquals("en", hit.getString("lang"));
        assertEquals("Россия", hit.getString("matched"));
    }

    @Test
    void budapest_finds_the_convention_before_its_protocols() {
        JsonArray hits = search("Budapest", "en");
        assertEquals("https://w3id.org/cydip/id/instrument/budapest-ets185", first(hits).getString("iri"));
        assertTrue(hits.size() >= 3, hits.toString());
    }

    @Test
    void a_resolution_is_found_by_its_symbol() {
        assertEquals("https://w3id.org/cydip/id/instrument/A-RES-74-247",
                first(search("A/RES/74/247", "en")).getString("iri"));
    }

    @Test
    void results_are_bounded_by_the_limit() {
        HttpResponse<String> r = server.get("/api/search?q=a&limit=5");
        assertEquals(5, JSON.parseAny(r.body()).getAsArray().size());
        assertEquals(10, search("a", "en").size());
        assertEquals(400, server.get("/api/search?q=a&limit=500").statusCode());
        assertEquals(400, server.get("/api/search?q=" + "x".repeat(201)).statusCode());
    }

    @Test
    void nothing_to_search_for_finds_nothing() {
        assertEquals(0, search("", "en").size());
        assertEquals(0, search("  ¿? ", "en").size());
    }

    @Test
    void the_search_page_works_without_script() {
        Document d = server.page("/search?q=" + Links.encode("Indonésie") + "&lang=fr");
        var first = d.selectFirst("#search-results li.search-result a");
        assertEquals("/id/state/IDN?lang=fr", first.attr("href"));
        assertEquals("fr", first.attr("lang"));
        assertEquals("Indonésie", d.selectFirst("#search-q").val());
    }

    @Test
    void the_search_page_escapes_what_it_was_given() {
        Document d = server.page("/search?q=" + Links.encode("<script>alert(1)</script>"));
        assertEquals("<script>alert(1)</script>", d.selectFirst("#search-q").val());
        assertTrue(d.select("script:not([src])").isEmpty());
        assertTrue(d.getElementById("no-results") != null);
    }
}
