package org.w3id.cydip.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.cydip.testing.CydipTestServer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The workbench end to end on the real graph, in Chromium, as a reader uses it:
 * search, gallery, resource pages, editor, permalinks, languages. The harness
 * fails any test whose pages request a host other than 127.0.0.1 or log an error.
 */
class WorkbenchBrowserTest {
    @RegisterExtension
    static final BrowserHarness browser = BrowserHarness.on(CydipTestServer::real);

    /** Runs only with {@code serve --federate https://query.wikidata.org/sparql}: refused here, by design. */
    private static final Set<String> NEEDS_FEDERATION = Set.of("federated-wikidata-join");

    private static void ready(Page page, String selector) {
        page.waitForSelector(selector + "[data-state=ready]");
    }

    private int rows(String apiPath) {
        var r = browser.server().getBytes(apiPath, "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), apiPath);
        ResultSetRewindable rs = ResultSetFactory.makeRewindable(
                ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(r.body())));
        return rs.size();
    }

    @Test
    void landing_search_finds_indonesia_from_its_french_name() {
        Page page = browser.open("/");
        page.locator("#landing-q").pressSequentially("Indonésie");
        Locator hit = page.locator(".cydip-suggestions li[data-href*='/id/state/IDN']");
        hit.waitFor();
        assertEquals("en", hit.locator(".cydip-suggestion-label").getAttribute("lang"), "the label in the page's language");
        page.waitForNavigation(() -> hit.click());
        assertTrue(page.url().contains("/id/state/IDN"), page.url());
    }

    @Test
    void every_canned_query_runs_from_the_gallery_with_its_defaults_and_shows_its_rows() {
        Page page = browser.open("/queries");
        List<String> names = page.locator("li.query-card").all().stream().map(li -> li.getAttribute("data-query")).toList();
        assertTrue(names.size() >= 25, "the gallery lists the canned queries: " + names);
        List<String> ran = new ArrayList<>();
        for (String name : names) {
            if (NEEDS_FEDERATION.contains(name))
                continue;
            page.waitForNavigation(() -> page.locator("li.query-card[data-query='" + name + "'] h2 a").click());
            ready(page, "#results");
            Locator results = page.locator("#results");
            String total = page.locator("#row-count").getAttribute("data-rows");
            assertEquals(total, results.getAttribute("data-rows"), name + ": the component has every row");
            int shown = page.locator("#results .tabulator-row").count();
            assertEquals(Math.min(25, Integer.parseInt(total)), shown, name + ": the table's first page");
            ran.add(name);
            page.goBack();
        }
        assertEquals(names.size() - NEEDS_FEDERATION.size(), ran.size());
    }

    @Test
    void budapest_page_map_colours_as_many_parties_as_the_parties_query_returns() {
        int parties = rows("/api/queries/budapest-convention-parties");
        Page page = browser.open("/id/instrument/budapest-ets185");
        ready(page, "#status-map");
        Locator party = page.locator("#status-map .cydip-legend li[data-label=party]");
        assertEquals(String.valueOf(parties), party.getAttribute("data-count"));
        assertEquals("", page.locator("#status-map").getAttribute("data-unmatched"), "every party is on the map");
        assertEquals(page.locator("table#status tr[data-iso3]").count(),
                Integer.parseInt(page.locator("#status-map").getAttribute("data-colored")),
                "every state of the status table is coloured");
    }

    @Test
    void resolution_74_247_page_shows_its_totals_and_its_roll_call_on_the_map() {
        Page page = browser.open("/id/instrument/A-RES-74-247");
        assertEquals("79", page.locator("#totals dd[data-choice=yes]").textContent().strip());
        assertEquals("60", page.locator("#totals dd[data-choice=no]").textContent().strip());
        assertEquals("33", page.locator("#totals dd[data-choice=abstain]").textContent().strip());
        ready(page, "#roll-call-map");
        Locator map = page.locator("#roll-call-map");
        Set<String> unplaced = Set.of(map.getAttribute("data-unmatched").split(" "));
        Map<String, Integer> painted = new TreeMap<>();
        for (Locator tr : page.locator("table#roll-call tr[data-iso3]").all())
            if (!unplaced.contains(tr.getAttribute("data-iso3")))
                painted.merge(tr.getAttribute("data-vote"), 1, Integer::sum);
        for (var e : painted.entrySet())
            assertEquals(String.valueOf(e.getValue()), map.locator(".cydip-legend li[data-label='" + e.getKey() + "']").getAttribute("data-count"),
                    e.getKey() + ": every roll-call row on the map but " + unplaced);
        assertEquals(page.locator("table#roll-call tr[data-iso3]").count(),
                Integer.parseInt(map.getAttribute("data-colored")) + unplaced.stream().filter(x -> !x.isEmpty()).count());
    }

    @Test
    void editor_runs_a_query_and_shows_its_rows_then_draws_them_on_a_map() {
        Page page = browser.open("/sparql");
        ready(page, "#yasgui");
        page.locator(".yasqe_queryButton").click();
        page.waitForSelector(".yasr .dataTable tbody tr");
        assertEquals(20, page.locator(".yasr .dataTable tbody tr").count(), "the default query's 20 states");
        page.evaluate("() => { const t = window.cydipEditor.getTab(); t.setQuery("
                + "'PREFIX cydip: <https://w3id.org/cydip/ontology#>\\nSELECT ?state ?iso3 WHERE { ?state a cydip:State ; cydip:iso3 ?iso3 } ORDER BY ?iso3'); }");
        page.locator(".yasqe_queryButton").click();
        page.locator(".yasr_btn.select_map").click();
        ready(page, ".cydip-yasr-map");
        assertTrue(Integer.parseInt(page.locator(".cydip-yasr-map").getAttribute("data-colored")) > 150);
    }

    @Test
    void editor_completes_classes_and_prefixes_from_cydips_own_vocabulary() {
        Page page = browser.open("/sparql");
        ready(page, "#yasgui");
        page.evaluate("() => { const y = window.cydipEditor.getTab().getYasqe();"
                + " y.setValue('PREFIX cydip: <https://w3id.org/cydip/ontology#>\\nSELECT * WHERE { ?x a cydip:Sta');"
                + " y.focus(); y.setCursor(1, 100); }");
        page.keyboard().press("Control+Space");
        page.waitForSelector(".CodeMirror-hints li");
        List<String> hints = page.locator(".CodeMirror-hints li").allTextContents();
        assertTrue(hints.contains("cydip:State"), hints.toString());
    }

    @Test
    void editor_permalink_reopens_the_query_in_the_same_view() {
        Page page = browser.open("/sparql?example=votes-on-resolution");
        ready(page, "#yasgui");
        assertEquals(1, page.locator(".yasqe_queryButton").count(), "one tab: the example");
        page.locator(".yasqe_queryButton").click();
        page.locator(".yasr_btn.select_bar").click();
        ready(page, ".cydip-yasr-bar");
        String link = (String) page.evaluate("() => window.cydipEditor.getTab().getShareableLink()");
        Page again = browser.newPage();
        again.navigate(link);
        ready(again, ".cydip-yasr-bar");
        assertTrue(again.locator(".yasr_btn.select_bar").getAttribute("class").contains("selected"));
    }

    @Test
    void editor_tabs_are_kept_in_the_browser() {
        Page page = browser.open("/sparql?example=norms-of-2015-gge");
        ready(page, "#yasgui");
        Page later = browser.open("/sparql");
        ready(later, "#yasgui");
        assertTrue(later.locator(".yasgui .tabsList").textContent().contains("norms-of-2015-gge"),
                later.locator(".yasgui .tabsList").textContent());
    }

    @Test
    void gallery_permalink_reproduces_the_form_and_the_chosen_view() {
        Page page = browser.open("/queries/votes-on-resolution?resolution=A/RES/73/27");
        ready(page, "#results");
        page.locator("#results [role=tab][data-view=bar]").click();
        page.waitForSelector("#results[data-current-view=bar][data-state=ready]");
        String permalink = page.locator("#permalink").getAttribute("href");
        assertTrue(permalink.contains("view=bar"), permalink);
        Page again = browser.open(permalink);
        ready(again, "#results");
        assertEquals("bar", again.locator("#results").getAttribute("data-current-view"));
        assertEquals("A/RES/73/27", again.locator("#param-resolution").inputValue());
        assertEquals(page.locator("#results").getAttribute("data-rows"), again.locator("#results").getAttribute("data-rows"));
    }

    @Test
    void arabic_pages_are_right_to_left_and_so_are_their_tables() {
        Page page = browser.open("/?lang=ar");
        assertEquals("rtl", page.locator("html").getAttribute("dir"));
        assertEquals("ar", page.locator("html").getAttribute("lang"));
        Page query = browser.open("/queries/votes-on-resolution?lang=ar&view=table");
        ready(query, "#results");
        assertEquals("rtl", query.locator("html").getAttribute("dir"));
        assertTrue(query.locator("#results .tabulator").getAttribute("class").contains("tabulator-rtl"));
    }

    @Test
    void api_reference_renders_every_operation_from_the_openapi_document() {
        Page page = browser.open("/api/docs");
        ready(page, "#api-reference-ui");
        page.waitForSelector("#api-reference-ui .opblock");
        Set<String> listed = new TreeSet<>();
        for (Locator op : page.locator("#operations li.operation").all())
            listed.add(op.locator("code.method").textContent().strip().toUpperCase() + " " + op.locator("code.path").textContent().strip());
        Set<String> rendered = new TreeSet<>();
        for (Locator op : page.locator("#api-reference-ui .opblock-summary").all())
            rendered.add(op.locator(".opblock-summary-method").textContent().strip() + " " + op.locator(".opblock-summary-path").getAttribute("data-path"));
        assertEquals(listed, rendered);
    }
}
