package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A SPARQL syntax error is one line {@code file:line:col: what}, the offending line and a caret. */
class SyntaxErrorTest {
    private static String error(String text) {
        return assertThrows(QueryException.class, () -> QueryRunner.parse(text, "bad.rq")).getMessage();
    }

    @Test
    void a_missing_dot_is_reported_at_the_token_after_it_with_its_line_and_a_caret() {
        String text = "PREFIX cydip: <https://w3id.org/cydip/ontology#>\n\nSELECT ?s WHERE {\n\t?s cydip:iso3 ?x\n\t?s ?p ?o .\n}\n";
        assertEquals("bad.rq:5:2: unexpected \"?s\"\n\t?s ?p ?o .\n\t^", error(text));
    }

    @Test
    void a_token_that_is_a_keyword_or_punctuation_is_named_once() {
        assertEquals("bad.rq:3:1: unexpected \"}\"\n}\n^", error("SELECT ?x WHERE {\n  ?x ?y\n}\n"));
    }

    @Test
    void a_prefix_never_declared_is_named_with_its_line_and_column() {
        String message = error("SELECT ?s WHERE {\n  ?s cd:iso3 \"FRA\" .\n}\n");
        assertTrue(message.startsWith("bad.rq:2:6: Unresolved prefixed name: cd:iso3\n  ?s cd:iso3 \"FRA\" .\n     ^"),
                message);
    }

    @Test
    void a_query_cut_short_is_an_unexpected_end() {
        String message = error("SELECT ?x WHERE { ?x ?y ?z");
        assertTrue(message.startsWith("bad.rq:1:"), message);
        assertTrue(message.contains("unexpected end of query"), message);
    }

    @Test
    void the_message_is_never_more_than_three_lines() {
        for (String text : new String[] {"SELECT ?x WHERE { ?x ?y }", "SELECT * { ?s ?p \"unterminated }",
                "SELEC ?x WHERE { }", "SELECT ?x WHERE { ?x ?y ?z } GROUP"})
            assertTrue(error(text).lines().count() <= 3, error(text));
    }
}
