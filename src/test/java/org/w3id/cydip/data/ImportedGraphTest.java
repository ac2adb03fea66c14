package org.w3id.cydip.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.ingest.Row;
import org.w3id.cydip.ingest.Table;
import org.w3id.cydip.validate.ReportRenderer;

/** The loaded graph answers what the source tables say (checked by SPARQL on the graph, not on the CSVs). */
class ImportedGraphTest {

    @Test
    void whole_graph_conforms_to_the_shapes() {
        var v = LoadedGraph.get();
        assertTrue(v.conforms(), () -> new ReportRenderer(v.loaded().shapes(), v.loaded().prefixes(),
                v.loaded().origins(), 5).text(v.report()));
    }

    @Test
    void vote_counts_per_resolution_equal_the_recorded_totals() {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> actual = new TreeMap<>();
        for (Row r : Table.read(Path.of("data/sources"), "votes/unga_totals.csv"))
            if (r.get("resolution").matches("A/RES/\\d+/\\d+") && r.has("yes"))
                expected.put(r.get("resolution"), r.get("yes") + "-" + r.get("no") + "-" + r.get("abstain"));
        for (QuerySolution s : LoadedGraph.select("""
                SELECT ?symbol (SUM(IF(?c = id:vote-choice\\/yes, 1, 0)) AS ?yes)
                       (SUM(IF(?c = id:vote-choice\\/no, 1, 0)) AS ?no)
                       (SUM(IF(?c = id:vote-choice\\/abstain, 1, 0)) AS ?abstain)
                WHERE { ?v a cydip:Vote ; cydip:resolution ?r ; cydip:choice ?c . ?r cydip:symbol ?symbol }
                GROUP BY ?symbol"""))
            actual.put(s.getLiteral("symbol").getString(), s.getLiteral("yes").getInt() + "-"
                    + s.getLiteral("no").getInt() + "-" + s.getLiteral("abstain").getInt());
        assertEquals(17, expected.size(), "17 recorded votes (votes/SOURCES.md)");
        assertEquals(expected, actual);
    }

    @Test
    void absent_is_non_voting_not_abstention() {
        assertEquals(203 + 21 + 16 + 12 + 29, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?v a cydip:Vote ; cydip:choice id:vote-choice\\/non-voting }"""));
        assertEquals(176 + 8 + 14 + 11 + 7, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?v a cydip:Vote ; cydip:choice id:vote-choice\\/abstain }"""));
        assertEquals(2504 + 772, LoadedGraph.count("SELECT (COUNT(*) AS ?n) WHERE { ?v a cydip:Vote }"));
    }

    @Test
    void budapest_convention_has_80_parties() {
        assertEquals(80, LoadedGraph.count("""
                SELECT (COUNT(DISTINCT ?state) AS ?n) WHERE {
                  %s
                  FILTER NOT EXISTS { ?d cydip:instrument id:instrument\\/budapest-ets185 ; cydip:actor ?state ;
                                         cydip:actType id:act-type\\/denunciation }
                }""".formatted(LoadedGraph.BUDAPEST_PARTY)));
    }

    @Test
    void un_cybercrime_convention_has_73_signatories_72_states_and_the_eu() {
        List<QuerySolution> rows = LoadedGraph.select("""
                SELECT ?actor WHERE { ?a cydip:instrument id:instrument\\/un-cybercrime-2024 ;
                                         cydip:actType id:act-type\\/signature ; cydip:actor ?actor }""");
        assertEquals(73, rows.size());
        assertEquals(72, rows.stream().filter(r -> r.getResource("actor").getURI().contains("/id/state/")).count());
        assertTrue(rows.stream().anyMatch(r -> r.getResource("actor").getURI().equals("https://w3id.org/cydip/id/org/eu")));
    }

    @Test
    void all_197_states_have_iso_codes() {
        assertEquals(197, LoadedGraph.count("""
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a cydip:State ; cydip:iso3 ?i3 ; cydip:iso2 ?i2 ;
                  cydip:unStatus ?u }"""));
    }

    @Test
    void the_2015_gge_report_sets_out_11_norms_in_one_scheme() {
        assertEquals(11, LoadedGraph.count("""
                SELECT (COUNT(DISTINCT ?n0) AS ?n) WHERE { ?n0 a cydip:Norm ; skos:notation ?l ;
                  skos:inScheme id:scheme\\/gge-2015-norms ; cydip:setOutIn id:instrument\\/A-70-174 }"""));
    }

    @Test
    void every_position_participation_act_vote_and_membership_has_a_source() {
        assertEquals(0, LoadedGraph.count("""
                SELECT (COUNT(?x) AS ?n) WHERE {
                  VALUES ?c { cydip:Position cydip:ParticipationAct cydip:Vote cydip:Membership }
                  ?x a ?c FILTER NOT EXISTS { ?x cydip:source ?s } }"""));
        assertTrue(LoadedGraph.count("SELECT (COUNT(*) AS ?n) WHERE { ?m a cydip:Membership }") >= 337 + 67);
    }

    @Test
    void us_coordinator_office_closed_in_2017_and_was_succeeded_by_the_bureau() {
        List<QuerySolution> rows = LoadedGraph.select("""
                SELECT ?end ?nextLabel ?nextStart WHERE {
                  ?o a cydip:Office ; cydip:ofState id:state\\/USA ; cydip:endDate ?end ; cydip:succeededBy ?next .
                  ?next rdfs:label ?nextLabel ; cydip:startDate ?nextStart }""");
        assertEquals(1, rows.size());
        assertEquals("2017", rows.getFirst().getLiteral("end").getLexicalForm());
        assertTrue(rows.getFirst().getLiteral("nextLabel").getString().startsWith("Bureau of Cyberspace and Digital Policy"));
        assertEquals("2022-04-04", rows.getFirst().getLiteral("nextStart").getLexicalForm());
    }
}
