package org.w3id.cydip.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every source a fact cites can be read by a person: a label that is a title or a description, never a bare reference. */
class SourceDocumentsTest {

    @Test
    void every_source_has_a_readable_label_that_is_not_a_bare_url() {
        List<String> bare = LoadedGraph.select("""
                SELECT ?s ?label WHERE {
                  ?s a cydip:SourceDocument .
                  OPTIONAL { ?s rdfs:label ?label }
                  FILTER(!BOUND(?label) || REGEX(STR(?label), "^(https?://|github:|[A-Za-z0-9_.-]+@[0-9])")
                         || LANG(?label) != "en")
                }""").stream().map(r -> r.get("s") + " " + r.get("label")).toList();
        assertEquals(List.of(), bare);
    }

    @Test
    void a_titled_source_is_labelled_by_its_title() {
        assertEquals(0, LoadedGraph.count("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT (COUNT(*) AS ?n) WHERE {
                  ?s a cydip:SourceDocument ; dcterms:title ?t ; rdfs:label ?l FILTER(STR(?t) != STR(?l)) }"""));
    }

    @Test
    void no_published_literal_names_an_internal_file() {
        List<String> named = LoadedGraph.select("""
                SELECT DISTINCT ?s ?o WHERE {
                  GRAPH ?g { ?s ?p ?o }
                  FILTER(isLiteral(?o) && REGEX(STR(?o),
                    "(^|[^A-Za-z0-9_/.-])(data/sources|((actors|coalitions|curated|positions|treaties|votes)/)?(SOURCES[.]md|[a-z0-9_]+[.]csv)([^A-Za-z0-9_-]|$))"))
                }""").stream().map(r -> r.get("s") + " " + r.get("o")).toList();
        assertEquals(List.of(), named);
    }
}
