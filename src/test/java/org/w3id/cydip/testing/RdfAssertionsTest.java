package org.w3id.cydip.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.cydip.testing.RdfAssertions.assertIsomorphic;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RdfAssertionsTest {
    static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }

    @Test
    void graphs_that_differ_only_in_blank_node_labels_are_isomorphic() {
        assertIsomorphic(turtle("_:a <urn:p> \"x\" ."), turtle("_:b <urn:p> \"x\" ."));
    }

    @Test
    void a_failure_prints_both_graphs() {
        var e = assertThrows(AssertionFailedError.class,
                () -> assertIsomorphic(turtle("<urn:s> <urn:p> \"expected\" ."), turtle("<urn:s> <urn:p> \"actual\" ."), "votes"));
        assertTrue(e.getMessage().startsWith("votes: graphs differ"), e.getMessage());
        assertTrue(e.getMessage().contains("\"expected\"") && e.getMessage().contains("\"actual\""), e.getMessage());
    }
}
