package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.load.DataVersion;

class QueryServiceTest {
    private final DatasetGraph mini = Fixtures.mini();
    private final QueryService service = new QueryService(Fixtures.catalogue(), mini, 100);

    private List<String> rows(String name, Map<String, String> params) {
        String csv = new String(service.run(name, params, ResultFormat.csv), StandardCharsets.UTF_8);
        return Arrays.stream(csv.split("\r?\n")).skip(1).toList();
    }

    @Test
    void a_resolution_symbol_is_bound_and_gives_each_vote() {
        List<String> rows = rows("votes-on-resolution", Map.of("resolution", "A/RES/74/247"));
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("France,FRA,no")), rows.toString());
    }

    @Test
    void a_malformed_state_code_is_rejected_naming_the_parameter() {
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> service.run("voting-alignment", Map.of("state", "R1"), ResultFormat.csv));
        assertTrue(e.getMessage().contains("\"state\""), e.getMessage());
    }

    @Test
    void an_unknown_parameter_and_a_value_outside_enumerate_are_rejected() {
        assertThrows(BadParameterException.class, () -> service.run("voting-alignment", Map.of("sate", "RUS"), ResultFormat.csv));
        assertThrows(BadParameterException.class,
                () -> service.run("positions-on-legal-question", Map.of("question", "anything"), ResultFormat.csv));
    }

    @Test
    void a_resolution_symbol_that_names_nothing_is_refused_with_the_nearest_symbols() {
        NoSuchValueException e = assertThrows(NoSuchValueException.class,
                () -> service.run("votes-on-resolution", Map.of("resolution", "A/RES/74/248"), ResultFormat.csv));
        assertTrue(e.getMessage().startsWith("parameter \"resolution\": \"A/RES/74/248\" names nothing in the graph"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("the nearest that do: A/RES/74/247"), e.getMessage());
    }

    @Test
    void a_state_code_used_only_in_a_filter_is_looked_up_as_an_iso3_code() {
        NoSuchValueException e = assertThrows(NoSuchValueException.class,
                () -> service.run("cyber-diplomacy-offices", Map.of("state", "FRX"), ResultFormat.csv));
        assertTrue(e.getMessage().contains("FRA"), e.getMessage());
    }

    @Test
    void a_misspelt_query_name_suggests_the_nearest_names() {
        UnknownQueryException e = assertThrows(UnknownQueryException.class,
                () -> service.run("votes-on-resolutoin", Map.of(), ResultFormat.csv));
        assertTrue(e.getMessage().contains("did you mean votes-on-resolution?"), e.getMessage());
    }

    @Test
    void text_that_looks_like_sparql_is_bound_as_a_literal_not_run() {
        assertEquals(List.of(), rows("organisation-members", Map.of("org", "sco\") || true || (\"")));
    }

    @Test
    void a_stance_counts_only_from_its_date() {
        assertEquals(List.of(), rows("states-opposing-budapest-convention", Map.of("asof", "2010-11-11")));
        List<String> later = rows("states-opposing-budapest-convention", Map.of("asof", "2010-11-12"));
        assertEquals(1, later.size(), later.toString());
        assertTrue(later.get(0).contains("RUS,2010-11-12"), later.toString());
        assertEquals(1, rows("states-opposing-budapest-convention", Map.of()).size(), "today");
    }

    @Test
    void a_month_precise_ratification_counts_only_after_its_month() {
        assertEquals(List.of("ALB"), iso3s(rows("budapest-convention-parties", Map.of("asof", "2006-01-30"))));
        List<String> feb = rows("budapest-convention-parties", Map.of("asof", "2006-02-01"));
        assertEquals(List.of("ALB", "FRA"), iso3s(feb));
        assertEquals("false", feb.get(1).split(",", -1)[6], "inForce only once the year 2006 has passed: " + feb);
        assertEquals("true", rows("budapest-convention-parties", Map.of("asof", "2007-01-01")).get(1).split(",", -1)[6]);
    }

    private static List<String> iso3s(List<String> rows) {
        return rows.stream().map(r -> r.split(",")[2]).toList();
    }

    @Test
    void cached_results_are_served_until_the_data_version_changes() {
        byte[] before = service.run("votes-on-resolution", Map.of(), ResultFormat.json);
        Txn.executeWrite(mini, () -> mini.getDefaultGraph().add(NodeFactory.createURI("https://w3id.org/cydip/id/vote/x"),
                NodeFactory.createURI("https://w3id.org/cydip/ontology#voter"), NodeFactory.createURI("https://w3id.org/cydip/id/state/RUS")));
        assertArrayEquals(before, service.run("votes-on-resolution", Map.of(), ResultFormat.json), "served from the cache");
        Txn.executeWrite(mini, () -> mini.getDefaultGraph().add(NodeFactory.createURI("https://w3id.org/cydip/id/vote/x"),
                NodeFactory.createURI("https://w3id.org/cydip/ontology#resolution"), NodeFactory.createURI("https://w3id.org/cydip/id/instrument/A-RES-74-247")));
        Txn.executeWrite(mini, () -> mini.getDefaultGraph().add(NodeFactory.createURI("https://w3id.org/cydip/id/vote/x"),
                NodeFactory.createURI("https://w3id.org/cydip/ontology#choice"), NodeFactory.createURI("https://w3id.org/cydip/id/vote-choice/abstain")));
        Txn.executeWrite(mini, () -> mini.getDefaultGraph().add(NodeFactory.createURI("https://w3id.org/cydip/id/vote/x"),
                NodeFactory.createURI("https://w3id.org/cydip/ontology#date"), NodeFactory.createLiteralString("2019")));
        DataVersion.bump(mini);
        assertFalse(Arrays.equals(before, service.run("votes-on-resolution", Map.of(), ResultFormat.json)), "recomputed");
    }
}
