package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GrlcHeaderTest {
    @Test
    void defaults_keep_dates_and_yes_as_the_text_written() {
        GrlcHeader h = GrlcHeader.parse("""
                #+ summary: A question?
                #+ tags:
                #+   - votes
                #+ defaults:
                #+   - asof: 2019-12-27
                #+   - flag: yes
                SELECT * {}
                """, "t.rq");
        assertEquals("2019-12-27", h.defaults().get("asof"));
        assertEquals("yes", h.defaults().get("flag"));
        assertEquals(List.of("votes"), h.tags());
    }

    @Test
    void enumerate_lists_the_allowed_values() {
        GrlcHeader h = GrlcHeader.parse("#+ summary: Q\n#+ enumerate:\n#+   - question:\n#+     - sovereignty\n#+     - due-diligence\n", "t.rq");
        assertEquals(List.of("sovereignty", "due-diligence"), h.enumerate().get("question"));
    }

    @Test
    void a_header_without_a_summary_is_rejected_naming_the_file() {
        QueryException e = assertThrows(QueryException.class, () -> GrlcHeader.parse("#+ tags:\n#+   - x\n", "q/x.rq"));
        assertTrue(e.getMessage().startsWith("q/x.rq: "), e.getMessage());
    }

    @Test
    void an_unknown_header_key_is_rejected() {
        assertThrows(QueryException.class, () -> GrlcHeader.parse("#+ summary: Q\n#+ sumary: typo\n", "t.rq"));
    }

    @Test
    void a_header_key_naming_a_missing_parameter_is_rejected() {
        assertThrows(QueryException.class, () -> CannedQuery.parse("t.rq", "#+ summary: Q\n#+ defaults:\n#+   - state: RUS\nSELECT * { ?s ?p ?o }"));
    }
}
