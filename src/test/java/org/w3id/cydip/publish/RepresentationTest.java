package org.w3id.cydip.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RepresentationTest {
    @Test
    void a_resource_is_offered_as_its_graph_syntaxes_and_the_html_page() {
        assertEquals(List.of(Representation.turtle, Representation.jsonld, Representation.ntriples, Representation.rdfxml,
                Representation.html), Representation.RESOURCES);
    }

    @Test
    void q_values_choose_the_representation_and_a_dataset_syntax_is_not_acceptable_for_a_resource() {
        assertEquals(Optional.of(Representation.jsonld), Representation.negotiate("text/turtle;q=0.5, application/ld+json"));
        assertEquals(Optional.empty(), Representation.negotiate("application/trig"));
        assertEquals(Optional.empty(), Representation.ofExtension("nq"));
    }

    @Test
    void the_syntaxes_that_keep_named_graphs_are_the_quad_ones() {
        for (Representation r : Representation.values())
            assertEquals(r == Representation.nquads || r == Representation.trig || r == Representation.jsonld, r.quads, r.name());
        assertFalse(Representation.html.isRdf());
        assertTrue(Representation.trig.isRdf());
    }
}
