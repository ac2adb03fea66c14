package org.w3id.cydip.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A scholar's plainly written SPARQL gets complete answers: types by their superclasses. */
class PlainQueriesTest {
    /** The instances of {@code type} and its subclasses, as the asserted graphs (not graph/inferred) type them. */
    static long assertedInstancesOf(String type) {
        return LoadedGraph.count("""
                SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {
                  GRAPH ?g { ?x a ?c } FILTER (?g != <https://w3id.org/cydip/graph/inferred>)
                  ?c rdfs:subClassOf* %s }""".formatted(type));
    }

    static long plainInstancesOf(String type) {
        return LoadedGraph.count("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a %s }".formatted(type));
    }

    @Test
    void a_plain_type_query_finds_every_instrument() {
        long instruments = assertedInstancesOf("cydip:Instrument");
        assertTrue(instruments > 30, "suspiciously few instruments: " + instruments);
        assertEquals(instruments, plainInstancesOf("cydip:Instrument"));
    }

    @Test
    void a_plain_type_query_finds_every_treaty_and_its_protocols() {
        assertEquals(assertedInstancesOf("cydip:Treaty"), plainInstancesOf("cydip:Treaty"));
        assertEquals(1, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { id:instrument\\/budapest-protocol1-ets189 a cydip:Treaty , cydip:Instrument }"""));
    }

    @Test
    void reused_vocabularies_superclasses_are_in_the_closure() {
        assertEquals(plainInstancesOf("cydip:State"), LoadedGraph.count("""
                PREFIX schema: <https://schema.org/>
                SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cydip:State , schema:Place , <http://xmlns.com/foaf/0.1/Agent> }"""));
        assertEquals(plainInstancesOf("cydip:IntergovernmentalOrganisation"), LoadedGraph.count("""
                SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a cydip:IntergovernmentalOrganisation , org:Organization }"""));
    }

    @Test
    void the_closure_is_its_own_graph_and_repeats_no_asserted_type() {
        assertTrue(LoadedGraph.count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://w3id.org/cydip/graph/inferred> "
                + "{ ?x a cydip:Instrument } }") > 0);
        assertEquals(0, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE {
                  GRAPH <https://w3id.org/cydip/graph/inferred> { ?x a ?c }
                  GRAPH ?g { ?x a ?c } FILTER (?g != <https://w3id.org/cydip/graph/inferred>) }"""));
    }

    @Test
    void a_month_precision_accession_is_found_by_a_plain_typed_filter() {
        assertEquals(1, LoadedGraph.count("""
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                SELECT (COUNT(*) AS ?n) WHERE {
                  id:participation\\/budapest-ets185\\/SEN\\/accession cydip:earliestDay ?d
                  FILTER (?d <= "2019-12-27"^^xsd:date) }"""));
    }

    @Test
    void every_dated_node_has_both_day_bounds() {
        assertTrue(LoadedGraph.count("SELECT (COUNT(*) AS ?n) WHERE { ?x cydip:date ?d }") > 1000);
        assertEquals(0, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?x cydip:date ?d
                  FILTER NOT EXISTS { ?x cydip:earliestDay ?e ; cydip:latestDay ?l FILTER (?e <= ?l) } }"""));
    }
}
