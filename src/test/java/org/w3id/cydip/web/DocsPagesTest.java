package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DocsPagesTest extends ServedRealGraph {
    @Test
    void the_api_reference_page_lists_every_operation_and_points_the_renderer_at_the_document() {
        Document d = server.page("/api/docs");
        assertEquals("/api/openapi.json", d.getElementById("api-reference").attr("data-spec"));
        assertNotNull(d.selectFirst("script[src=/assets/api-reference.js]"));
        Element entries = d.selectFirst("#operations li:has(code.path:matchesOwn(^/api/entries$))");
        assertEquals("POST", entries.selectFirst("code.method").text());
        assertNotNull(entries.selectFirst(".secured"));
        assertNotNull(d.selectFirst("#operations li#op-votes-on-resolution"));
    }

    @Test
    void api_redirects_to_its_reference() {
        var r = server.get("/api");
        assertEquals(302, r.statusCode());
        assertEquals("/api/docs", r.headers().firstValue("Location").orElse(null));
    }

    @Test
    void the_curators_page_is_the_readmes_curator_section() {
        Document d = server.page("/curators");
        Element guide = d.getElementById("curators-guide");
        assertTrue(guide.selectFirst("h1").text().startsWith("For curators"));
        assertTrue(guide.select("pre code").size() >= 3, "the worked example's commands");
        assertTrue(guide.text().contains("cydip validate examples/interpol-cri-draft.ttl"));
        assertTrue(guide.select("a[href^=examples/]").isEmpty(), "no links to files this server does not serve");
        assertTrue(guide.text().contains("examples/interpol-cri-draft.ttl"));
        assertEquals("en", guide.attr("lang"));
    }

    @Test
    void the_curators_guide_in_another_language_says_it_is_in_english() {
        Document d = server.page("/curators?lang=fr");
        assertEquals("fr", d.selectFirst("html").attr("lang"));
        assertEquals("en", d.getElementById("curators-guide").attr("lang"));
        assertNotNull(d.selectFirst("#curators-guide .fallback-note"));
    }

    @Test
    void raw_html_in_the_guide_is_escaped() {
        String html = CuratorsGuide.render("# T\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) [y](data/x.ttl)");
        assertTrue(!html.contains("<script>"), html);
        assertTrue(!html.contains("javascript:"), html);
        assertTrue(!html.contains("href=\"data/x.ttl\""), html);
    }
}
