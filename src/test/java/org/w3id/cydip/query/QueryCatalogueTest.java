package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class QueryCatalogueTest {
    private final QueryCatalogue catalogue = Fixtures.catalogue();

    @Test
    void every_query_file_parses_with_a_summary_description_and_tags() {
        assertTrue(catalogue.all().size() >= 20, "at least 20 canned queries");
        for (CannedQuery q : catalogue.all()) {
            assertFalse(q.header().summary().isBlank(), q.name());
            assertFalse(q.header().description().isBlank(), q.name() + " has a description");
            assertFalse(q.header().tags().isEmpty(), q.name() + " has tags");
        }
    }

    @Test
    void the_required_questions_are_all_there() {
        for (String name : List.of("states-opposing-budapest-convention", "budapest-convention-opposition-signals",
                "budapest-convention-parties", "votes-on-resolution", "state-profile", "gge-2017-failure",
                "un-cybercrime-treaty-track", "cyber-camps-2018", "positions-on-legal-question", "voting-alignment",
                "treaty-camps-overlap", "like-minded-coalitions", "cyber-diplomacy-offices"))
            assertEquals(name, catalogue.get(name).name());
    }

    @Test
    void queries_returning_states_also_return_their_label_and_iso3() {
        for (CannedQuery q : catalogue.all()) {
            List<String> vars = q.query().getResultVars();
            if (vars.contains("state"))
                assertTrue(vars.contains("label") && vars.contains("iso3"), q.name() + ": " + vars);
        }
    }

    @Test
    void every_default_is_a_valid_value_of_its_parameter() {
        for (CannedQuery q : catalogue.all())
            q.bind(java.util.Map.of());
    }

    @Test
    void an_unknown_name_is_an_unknown_query() {
        org.junit.jupiter.api.Assertions.assertThrows(UnknownQueryException.class, () -> catalogue.get("no-such-query"));
    }
}
