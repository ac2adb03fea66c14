package org.w3id.cydip.server;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The check of a query's text before Fuseki plans it: the same text gets the same answer every time. */
class QueryCheckTest {
    @Test
    void a_query_that_fails_the_check_fails_it_every_time() {
        for (int i = 0; i < 3; i++) {
            var e = assertThrows(RequestException.Malformed.class, () -> QueryCheck.check("SELECT * WHERE { ?s ?p }"));
            assertTrue(e.getMessage().startsWith("query: line 1"), e.getMessage());
        }
    }

    @Test
    void a_query_that_passed_passes_again() {
        String q = "SELECT ?s WHERE { ?s a <urn:x:C> } LIMIT 1";
        assertDoesNotThrow(() -> QueryCheck.check(q));
        assertDoesNotThrow(() -> QueryCheck.check(q));
    }

    @Test
    void each_check_gives_a_query_of_its_own_parsed_against_fusekis_base() {
        String q = "SELECT ?s WHERE { ?s a <C> } LIMIT 1";
        var first = QueryCheck.check(q);
        assertNotSame(first, QueryCheck.check(q));   // execution may change a query: never shared
        assertEquals("http://server/unset-base/", first.getBaseURI());
    }

    @Test
    void a_union_too_wide_is_refused_however_often_it_is_sent() {
        String q = "SELECT * WHERE { " + "{ ?s ?p ?o } UNION ".repeat(QueryCheck.MAX_UNION_BRANCHES) + "{ ?s ?p ?o } }";
        for (int i = 0; i < 2; i++)
            assertThrows(RequestException.Malformed.class, () -> QueryCheck.check(q));
    }
}
