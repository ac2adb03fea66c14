package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.testing.Sparql;

class OntologyPageTest extends ServedRealGraph {
    @Test
    void the_ontology_page_lists_classes_then_properties_then_concept_schemes_with_a_table_of_contents() {
        Document d = server.page("/ontology");
        assertEquals(List.of("classes", "properties", "schemes"), d.select("main > section").eachAttr("id"));
        assertEquals(List.of("#classes", "#properties", "#schemes"), d.select("#toc > ol > li > a").eachAttr("href"));
        assertNotNull(d.selectFirst("#toc a[href=#State]"));
        assertEquals(d.select("#classes article.term").size(), d.select("#toc > ol > li:eq(0) li").size());
    }

    @Test
    void each_term_has_its_definition_and_its_use_count_in_the_data() {
        Document d = server.page("/ontology");
        Element state = d.selectFirst("#classes article#State");
        assertTrue(state.selectFirst(".definition").text().length() > 10);
        long states = Sparql.count(server.data().dataset(), "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a cydip:State }");
        assertEquals(String.valueOf(states), state.selectFirst(".uses").attr("data-uses"));
        Element voter = d.selectFirst("#properties article#voter");
        long voters = Sparql.count(server.data().dataset(), "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s cydip:voter ?o }");
        assertEquals(String.valueOf(voters), voter.selectFirst(".uses").attr("data-uses"));
    }

    @Test
    void each_concept_scheme_lists_its_concepts_with_their_uses_in_the_data_not_the_ontology() {
        Document d = server.page("/ontology");
        Element yes = d.selectFirst("#schemes tr#vote-choice-yes");
        long yesVotes = Sparql.count(server.data().dataset(), "SELECT (COUNT(DISTINCT ?s) AS ?n) "
                + "{ GRAPH ?g { ?s ?p <https://w3id.org/cydip/id/vote-choice/yes> } "
                + "FILTER (?g != <https://w3id.org/cydip/graph/ontology>) }");
        assertEquals(String.valueOf(yesVotes), yes.selectFirst("td[data-uses]").attr("data-uses"));
        assertTrue(yesVotes > 1000);
    }
}
