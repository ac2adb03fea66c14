package org.w3id.cydip.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

class InferenceTest {
    static final String PREFIXES = """
            @prefix : <http://example.org/> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;

    static Graph turtle(String ttl) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(PREFIXES + ttl, Lang.TURTLE).parse(g);
        return g;
    }

    static final Graph ONTOLOGY = turtle("""
            :Protocol rdfs:subClassOf :Treaty . :Treaty rdfs:subClassOf :Instrument , :Legislation .
            :Legislation rdfs:subClassOf :CreativeWork .
            """);

    @Test
    void an_instance_is_typed_with_every_superclass_of_its_type() {
        Graph data = turtle(":p a :Protocol .");
        assertIsomorphic(turtle(":p a :Treaty , :Instrument , :Legislation , :CreativeWork ."),
                Inference.over(ONTOLOGY).derivedFrom(List.of(ONTOLOGY, data)));
    }

    @Test
    void a_type_asserted_in_any_graph_is_not_derived_again() {
        Graph data = turtle(":p a :Protocol .");
        Graph elsewhere = turtle(":p a :Instrument .");
        assertIsomorphic(turtle(":p a :Treaty , :Legislation , :CreativeWork ."),
                Inference.over(ONTOLOGY).derivedFrom(List.of(ONTOLOGY, data, elsewhere)));
    }

    @Test
    void a_type_without_superclasses_derives_nothing() {
        Graph data = turtle(":x a :Instrument , :Unknown .");
        assertTrue(Inference.over(ONTOLOGY).derivedFrom(List.of(ONTOLOGY, data)).isEmpty());
    }

    @Test
    void an_added_graph_derives_only_what_is_not_known_yet() {
        Graph known = turtle(":p a :Treaty .");
        Graph closure = Inference.over(ONTOLOGY).derivedFrom(turtle(":p a :Protocol ."), known::contains);
        assertEquals(3, closure.size());
        assertTrue(closure.contains(turtle(":p a :CreativeWork .").find().next()));
    }
}
