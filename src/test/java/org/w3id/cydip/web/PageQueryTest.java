package org.w3id.cydip.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;

class PageQueryTest {
    static final QueryCatalogue CATALOGUE = QueryCatalogue.load(TestProject.files());

    private static String bound(String name, Map<String, String> params) {
        CannedQuery q = CATALOGUE.get(name);
        return new PageQuery(name, CATALOGUE.text(name), q.query()).bound(q.bind(params));
    }

    @Test
    void every_canned_query_with_its_values_written_in_is_sparql_again() {
        for (CannedQuery q : CATALOGUE.all())
            QueryFactory.create(bound(q.name(), Map.of()));
        QueryFactory.create(bound("treaty-status", Map.of("treaty", "https://w3id.org/cydip/id/instrument/budapest-ets185",
                "state", "FRA", "asof", "2010-01-01")));
    }

    @Test
    void a_value_written_in_replaces_its_variable_and_its_bound_test() {
        String text = bound("treaty-status", Map.of("treaty", "https://w3id.org/cydip/id/instrument/budapest-ets185"));
        assertTrue(text.contains("<https://w3id.org/cydip/id/instrument/budapest-ets185>"), text);
        assertFalse(text.contains("?__treaty_iri"), text);
        assertTrue(text.contains("?__asof_xsd_date"), "a parameter not given stays a variable");
    }
}
