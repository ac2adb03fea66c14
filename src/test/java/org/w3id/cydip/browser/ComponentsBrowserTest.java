package org.w3id.cydip.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3id.cydip.testing.CydipTestServer;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The components of cydip.js on fixture pages ({@code src/test/resources/browser/}:
 * synthetic results of 31 states, 30 of them in the fixture vocabulary's atlas,
 * Malta drawn as a dot, Tuvalu on no map), served beside the linked-data fixture.
 */
class ComponentsBrowserTest {
    @RegisterExtension
    static final BrowserHarness browser = BrowserHarness.on(
            () -> CydipTestServer.create().module(new TestPagesModule()).start());

    private static Page ready(Page page, String selector) {
        page.waitForSelector(selector + "[data-state=ready]");
        return page;
    }

    @Test
    void results_offer_the_views_their_columns_fit_and_open_on_the_map() {
        Page page = ready(browser.open("/test-pages/results.html"), "#results");
        Locator results = page.locator("#results");
        assertEquals("table map timeline bar", results.getAttribute("data-views"));
        assertEquals("map", results.getAttribute("data-current-view"));
        assertEquals(List.of("Table", "Map", "Timeline", "Bar chart"), page.locator("#results [role=tab]").allTextContents());
        assertEquals("true", page.locator("#results [role=tab][data-view=map]").getAttribute("aria-selected"));
        assertEquals(0, page.locator("#results table.results").count(), "the server-rendered table is replaced");
    }

    @Test
    void table_pages_sorts_and_filters_every_row() {
        Page page = ready(browser.open("/test-pages/table.html"), "#results");
        assertEquals("31", page.locator("#results").getAttribute("data-rows"));
        assertEquals(25, page.locator("#results .tabulator-row").count(), "25 rows a page");
        page.locator("#results .tabulator-page[data-page=next]").click();
        assertEquals(6, page.locator("#results .tabulator-row").count());
        page.locator("#results .tabulator-col[tabulator-field=c2] .tabulator-col-title").click();
        page.locator("#results .tabulator-page[data-page=first]").click();
        assertEquals("ARG", page.locator("#results .tabulator-row").first().locator(".tabulator-cell[tabulator-field=c2]").textContent());
        page.locator("#results .tabulator-col[tabulator-field=c3] input").pressSequentially("abstain");
        page.waitForCondition(() -> page.locator("#results .tabulator-row").count() == 10);
    }

    @Test
    void iri_cells_link_to_this_server_with_the_label_and_its_language() {
        Page page = ready(browser.open("/test-pages/table.html"), "#results");
        Locator link = page.locator("#results .tabulator-row").first().locator(".tabulator-cell[tabulator-field=c0] a");
        assertEquals("/id/state/FRA", link.getAttribute("href"));
        assertEquals("France", link.textContent());
        assertEquals("en", link.getAttribute("lang"));
    }

    @Test
    void chosen_view_goes_into_the_url_the_form_and_the_permalink() {
        Page page = ready(browser.open("/test-pages/results.html"), "#results");
        page.locator("#results [role=tab][data-view=bar]").click();
        page.waitForSelector("#results[data-current-view=bar][data-state=ready]");
        assertTrue(page.url().endsWith("?view=bar"), page.url());
        assertEquals("bar", page.locator("#form input[name=view]").inputValue());
        assertEquals("/test-pages/results.html?view=bar", page.locator("#permalink").getAttribute("href"));
        Page again = ready(browser.open("/test-pages/results.html?view=bar"), "#results");
        assertEquals("bar", again.locator("#results").getAttribute("data-current-view"));
        assertEquals(1, again.locator("#results .cydip-stage").count());
    }

    @Test
    void views_switch_with_the_arrow_keys() {
        Page page = ready(browser.open("/test-pages/results.html"), "#results");
        page.locator("#results [role=tab][data-view=map]").focus();
        page.keyboard().press("ArrowRight");
        page.waitForSelector("#results[data-current-view=timeline][data-state=ready]");
        assertEquals("timeline", page.evaluate("document.activeElement.dataset.view"));
    }

    @Test
    void downloads_link_the_whole_result_in_four_formats() {
        Page page = ready(browser.open("/test-pages/results.html"), "#results");
        List<String> hrefs = page.locator("#results a.download").all().stream().map(a -> a.getAttribute("href")).toList();
        String api = "/api/queries/votes-on-resolution?resolution=A/RES/74/247&format=";
        assertEquals(List.of(api + "csv", api + "tsv", api + "json", api + "xml"), hrefs);
        assertEquals(200, browser.server().get(hrefs.get(0)).statusCode());
    }

    @Test
    void map_colours_every_state_it_can_place_and_names_the_others() {
        Page page = ready(browser.open("/test-pages/map.html"), "#map");
        Locator map = page.locator("#map");
        assertEquals("30", map.getAttribute("data-colored"), "30 states: 29 shapes and Malta's dot");
        assertEquals("TUV", map.getAttribute("data-unmatched"));
        assertEquals(List.of("yes", "no", "abstain", "not in the result"),
                page.locator("#map .cydip-legend li").all().stream().map(li -> li.getAttribute("data-label")).toList());
        assertEquals("10", page.locator("#map .cydip-legend li[data-label=yes]").getAttribute("data-count"));
        assertTrue(page.locator("#map .cydip-note").textContent().contains("TUV"));
        assertTrue(page.locator("#map svg path").count() > 150, "the atlas is drawn");
    }

    @Test
    void a_hover_shows_the_row_and_a_click_opens_the_state_page() {
        Page page = ready(browser.open("/test-pages/map.html"), "#map");
        // Central France, in the map's projected units (Natural Earth, about a degree a unit).
        Object xy = page.evaluate("() => { const el = document.querySelector('#map .cydip-chart'); const c = el.cydipChart;"
                + " const p = c.convertToPixel({ geoIndex: 0 }, [2, 47]); const r = el.getBoundingClientRect();"
                + " return [r.left + p[0], r.top + p[1]]; }");
        List<?> at = (List<?>) xy;
        double x = ((Number) at.get(0)).doubleValue(), y = ((Number) at.get(1)).doubleValue();
        page.mouse().move(x, y);
        page.waitForSelector("table.cydip-tip caption:text-is('FRA')");
        assertTrue(page.locator("table.cydip-tip").textContent().contains("France"), "the hover shows the row");
        page.waitForNavigation(() -> page.mouse().click(x, y));
        assertTrue(page.url().endsWith("/id/state/FRA"), page.url());
    }

    @Test
    void timeline_counts_rows_by_year_and_in_all() {
        Page page = ready(browser.open("/test-pages/timeline.html"), "#timeline");
        assertEquals("31", page.locator("#timeline").getAttribute("data-dated"));
        Object last = page.evaluate("() => { const c = document.querySelector('#timeline .cydip-chart').cydipChart;"
                + " const s = c.getOption().series; const cum = s[s.length - 1].data; return [cum.length, cum[cum.length - 1]]; }");
        assertEquals(List.of(24, 31), last, "2001 to 2024, 31 rows in all");
    }

    @Test
    void vote_matrix_puts_states_by_resolutions_in_order_of_agreement() {
        Page page = ready(browser.open("/test-pages/matrix.html"), "#results");
        assertEquals("matrix", page.locator("#results").getAttribute("data-current-view"));
        Locator stage = page.locator("#results .cydip-stage");
        assertEquals("12", stage.getAttribute("data-states"));
        assertEquals("agreement", stage.getAttribute("data-order"));
        page.locator("#results .cydip-order select").selectOption("name");
        page.waitForCondition(() -> "name".equals(stage.getAttribute("data-order")));
        Object first = page.evaluate("document.querySelector('#results .cydip-chart').cydipChart.getOption().yAxis[0].data[0]");
        assertEquals("Austria", first);
    }

    @Test
    void bar_chart_shows_each_number_column_per_category() {
        Page page = ready(browser.open("/test-pages/bar.html"), "#results");
        assertEquals("bar", page.locator("#results").getAttribute("data-current-view"));
        assertEquals("4", page.locator("#results .cydip-stage").getAttribute("data-bars"));
        assertEquals(List.of("yes", "no", "abstain"), page.locator("#results .cydip-legend li").allTextContents());
    }

    @Test
    void arabic_page_mirrors_the_table_and_speaks_arabic() {
        Page page = ready(browser.open("/test-pages/rtl.html"), "#results");
        assertTrue(page.locator("#results .tabulator").getAttribute("class").contains("tabulator-rtl"));
        assertEquals("جدول", page.locator("#results [role=tab][data-view=table]").textContent());
    }

    @Test
    void search_suggests_as_one_types_and_the_keyboard_opens_a_suggestion() {
        Page page = browser.open("/test-pages/search.html");
        page.locator("#q").pressSequentially("Fran");
        page.waitForSelector(".cydip-suggestions li[role=option]");
        assertEquals("true", page.locator("#q").getAttribute("aria-expanded"));
        page.keyboard().press("ArrowDown");
        assertEquals(page.locator(".cydip-suggestions li").first().getAttribute("id"),
                page.locator("#q").getAttribute("aria-activedescendant"));
        page.waitForNavigation(() -> page.keyboard().press("Enter"));
        assertTrue(page.url().contains("/id/state/FRA"), page.url());
    }

    @Test
    void a_label_made_of_markup_is_shown_as_text_in_suggestions() {
        Page page = browser.open("/test-pages/search.html");
        page.locator("#q").pressSequentially("script");
        page.waitForSelector(".cydip-suggestions li[role=option]");
        assertTrue(page.locator(".cydip-suggestions li").first().textContent().contains("<script>"));
        assertFalse(page.locator(".cydip-suggestions img").count() > 0);
    }
}
