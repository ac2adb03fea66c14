package org.w3id.cydip.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Titles and dates come from a citation's own words; labels of untitled sources say only what their reference says. */
class SourceDescriptionTest {

    @Test
    void a_titled_citation_s_title_is_the_citation_s_words() {
        String url = "https://digitallibrary.un.org/record/1655128";
        assertEquals(Optional.of("UN Digital Library voting record"),
                SourceTitle.of(url, "UN Digital Library voting record " + url + " (totals recomputed)", true));
        assertEquals(Optional.of("UN Treaty Collection, chapter XVIII-16"),
                SourceTitle.of("UN Treaty Collection, chapter XVIII-16", "UN Treaty Collection, chapter XVIII-16", false));
        assertEquals(Optional.of("Council of Europe list of declarations for ETS 185 (mirrored at zaki.ru)"),
                SourceTitle.of("x", "Council of Europe list of declarations for ETS 185 (mirrored at zaki.ru): "
                        + "instrument of ratification deposited on 3 March 2010", false));
    }

    @Test
    void words_that_say_what_a_source_backs_are_not_a_title() {
        String url = "https://tass.com/politics/1099633";
        assertEquals(Optional.empty(), SourceTitle.of(url, "reported: " + url + " (129 votes in favour)", true));
        assertEquals(Optional.empty(), SourceTitle.of(url, "cross-checked " + url, true));
        assertEquals(Optional.empty(), SourceTitle.of(url, url + " (UN admission date)", true));
    }

    @Test
    void a_date_is_read_only_where_it_dates_the_document() {
        assertEquals("2025-06-15", SourceTitle.date("https://mattdotvu.blog (15 Jun 2025)", true).orElseThrow()
                .getLiteralLexicalForm());
        assertEquals("2025-07", SourceTitle.date("https://vulnmanager.com (Jul 2025)", true).orElseThrow()
                .getLiteralLexicalForm());
        assertEquals("2019-12-11", SourceTitle.date("The Rio Times, 11 Dec 2019", false).orElseThrow()
                .getLiteralLexicalForm());
        assertEquals(Optional.empty(), SourceTitle.date("CoE list: instrument deposited on 3 March 2010", false));
    }

    @Test
    void an_untitled_url_is_labelled_by_its_host_and_path_words() {
        assertEquals("app.com.pk: sixty five countries sign un treaty to combat cybercrime globally", SourceLabel.of(
                "https://www.app.com.pk/foreign-correspondent/sixty-five-countries-sign-un-treaty-to-combat-cybercrime-globally/",
                Optional.empty()));
        assertEquals("United Nations: record 1655128",
                SourceLabel.of("https://digitallibrary.un.org/record/1655128", Optional.of("United Nations")));
        assertEquals("mattdotvu.blog", SourceLabel.of("https://mattdotvu.blog", Optional.empty()));
    }

    @Test
    void a_repository_or_package_reference_is_labelled_for_what_it_is() {
        assertEquals("GitHub ambanum/pariscall.international: _supporters/france-state-FRA.md (commit 916433b)",
                SourceLabel.of("github:ambanum/pariscall.international:_supporters/france-state-FRA.md@"
                        + "916433b20a70ce587db86de70b108ce21a25c551", Optional.empty()));
        assertEquals("GitHub dgrtwo/unvotes: data/un_votes.rda",
                SourceLabel.of("github:dgrtwo/unvotes:data/un_votes.rda", Optional.empty()));
        assertEquals("npm package i18n-iso-countries 7.14.0: langs/zh.json",
                SourceLabel.of("i18n-iso-countries@7.14.0:langs/zh.json", Optional.empty()));
    }
}
