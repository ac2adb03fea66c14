package org.w3id.cydip.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.ingest.Row;
import org.w3id.cydip.ingest.Table;

/** Rows in, facts out: every row of the 2026-12 tables is a fact of the loaded graph (read back by SPARQL). */
class SourceTablesTest {
    private static final Path SOURCES = Path.of("data/sources");
    /** The source's event names and the act types they may become (a ratification may be an acceptance or approval). */
    private static final Map<String, String> EVENTS = Map.of("signed", "signature", "ratified",
            "ratification|acceptance|approval", "acceded", "accession", "entered_into_force", "entry-into-force",
            "domestic_approval", "domestic-approval");

    private static List<Row> rows(String table) {
        return Table.read(SOURCES, table);
    }

    @Test
    void every_roll_call_row_is_one_vote_of_its_resolution() {
        Map<String, Long> expected = rows("votes/unga_votes.csv").stream()
                .collect(Collectors.groupingBy(r -> r.get("resolution"), TreeMap::new, Collectors.counting()));
        Map<String, Long> actual = new TreeMap<>();
        for (QuerySolution s : LoadedGraph.select("""
                SELECT ?symbol (COUNT(?v) AS ?n) WHERE { ?v a cydip:Vote ; cydip:resolution ?r . ?r cydip:symbol ?symbol }
                GROUP BY ?symbol"""))
            actual.put(s.getLiteral("symbol").getString(), s.getLiteral("n").getLong());
        assertEquals(expected, actual);
    }

    @Test
    void the_four_roll_calls_after_2020_each_count_the_193_members() {
        for (String symbol : List.of("A/RES/77/36", "A/RES/77/37", "A/RES/78/16", "A/RES/78/237"))
            assertEquals(193, LoadedGraph.count("""
                    SELECT (COUNT(DISTINCT ?state) AS ?n) WHERE { ?v a cydip:Vote ; cydip:voter ?state ;
                      cydip:resolution/cydip:symbol "%s" }""".formatted(symbol)), symbol);
    }

    @Test
    void every_totals_row_is_a_resolution_with_its_date_and_counts_or_adopted_without_a_vote() {
        List<String> expected = new ArrayList<>();
        for (Row r : rows("votes/unga_totals.csv"))
            expected.add(r.get("resolution") + " " + r.get("date") + " "
                    + (r.has("yes") ? r.get("yes") + "-" + r.get("no") + "-" + r.get("abstain") : "without a vote"));
        List<String> actual = LoadedGraph.select("""
                SELECT ?symbol ?date ?yes ?no ?abstain ?without WHERE {
                  ?r a cydip:Resolution ; cydip:symbol ?symbol ; cydip:adoptionDate ?date ; cydip:adoptedBy id:org\\/unga .
                  OPTIONAL { ?r cydip:yesCount ?yes ; cydip:noCount ?no ; cydip:abstainCount ?abstain }
                  OPTIONAL { ?r cydip:adoptedWithoutVote ?without } }""").stream()
                .map(s -> s.getLiteral("symbol").getString() + " " + s.getLiteral("date").getLexicalForm() + " "
                        + (s.contains("yes") ? s.getLiteral("yes").getInt() + "-" + s.getLiteral("no").getInt() + "-"
                                + s.getLiteral("abstain").getInt()
                                : s.getLiteral("without").getBoolean() ? "without a vote" : "?"))
                .toList();
        assertEquals(new TreeSet<>(expected), new TreeSet<>(actual));
        assertEquals(expected.size(), actual.size());
    }

    @Test
    void every_treaty_participation_row_of_a_state_is_an_act_of_its_type_with_its_date() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Row r : rows("treaties/participation.csv")) {
            if (!r.has("iso3"))
                continue;
            checked++;
            String date = r.has("date") ? "FILTER EXISTS { ?a cydip:date ?d FILTER (STR(?d) = \"" + r.get("date") + "\") }"
                    : "FILTER NOT EXISTS { ?a cydip:date ?d }";
            long n = LoadedGraph.count("""
                    SELECT (COUNT(*) AS ?n) WHERE { ?a cydip:instrument id:instrument\\/%s ; cydip:actor id:state\\/%s ;
                      cydip:actType/skos:notation ?t FILTER REGEX(?t, "^(%s)$") %s }"""
                    .formatted(r.get("instrument_id"), r.get("iso3"), EVENTS.get(r.get("event")), date));
            if (n != 1)
                missing.add(r.line() + ": " + r.cells().values().stream().limit(5).toList());
        }
        assertTrue(checked >= 450, "rows checked: " + checked);
        assertEquals(List.of(), missing);
    }

    @Test
    void every_statement_is_a_dated_stance_of_its_state_on_its_instrument() {
        for (Row r : rows("treaties/statements.csv"))
            assertEquals(1, LoadedGraph.count("""
                    SELECT (COUNT(*) AS ?n) WHERE { ?p a cydip:Position ; cydip:holder id:state\\/%s ;
                      cydip:target id:instrument\\/%s ; cydip:stance id:stance\\/%s %s }"""
                    .formatted(r.get("iso3"), r.get("instrument_id"), r.get("stance"), r.has("date")
                            ? "; cydip:date ?d FILTER (STR(?d) = \"" + r.get("date") + "\")"
                            : "FILTER NOT EXISTS { ?p cydip:date ?d }")), "statements.csv:" + r.line());
    }

    @Test
    void every_gge_membership_row_is_a_member_or_chair_of_its_round() {
        List<Row> rows = rows("votes/gge_membership.csv");
        long stated = rows.stream().map(r -> r.get("round") + r.get("process") + r.get("iso3")).distinct().count();
        assertEquals(stated, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?m a cydip:Membership ; org:organization ?round ; org:role ?role .
                  ?round a cydip:Process FILTER (?role IN (id:role\\/member, id:role\\/chair)) }"""));
        assertEquals(20, LoadedGraph.count("""
                SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?m org:organization id:process\\/un-gge-2014-2015 ;
                  org:member ?s }"""), "2014-15 is complete");
        assertEquals(1, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?m org:organization id:process\\/un-gge-2014-2015 ;
                  org:member id:state\\/BRA ; org:role id:role\\/chair }"""));
    }

    @Test
    void every_membership_row_is_a_membership_with_its_dates_and_no_russia_in_the_g7() {
        long rows = rows("actors/memberships.csv").size() + rows("curated/membership_roles.csv").size();
        assertEquals(rows, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?m a cydip:Membership ; org:organization ?o .
                  FILTER NOT EXISTS { ?o a cydip:Process } }"""));
        assertEquals(0, LoadedGraph.count("""
                SELECT (COUNT(*) AS ?n) WHERE { ?m org:organization id:org\\/g7 ; org:member id:state\\/RUS }"""));
    }

    @Test
    void turkmenistan_is_a_cis_associate_from_2005_not_from_its_1991_join() {
        List<QuerySolution> rows = LoadedGraph.select("""
                SELECT ?role ?start WHERE { ?m org:organization id:org\\/cis ; org:member id:state\\/TKM ;
                  org:role/skos:notation ?role ; cydip:startDate ?start } ORDER BY ?start""");
        assertEquals(List.of("member 1991-12-21", "associate-member 2005-08-26"), rows.stream()
                .map(s -> s.getLiteral("role").getString() + " " + s.getLiteral("start").getLexicalForm()).toList());
    }

    @Test
    void every_national_position_row_with_a_state_has_its_stances() {
        for (Row r : rows("positions/national_positions.csv")) {
            if (!r.has("iso3"))
                continue;
            long stated = r.cells().entrySet().stream().filter(e -> LEGAL_QUESTIONS.contains(e.getKey()))
                    .filter(e -> !e.getValue().isBlank()).count();
            assertEquals(stated, LoadedGraph.count("""
                    SELECT (COUNT(*) AS ?n) WHERE { ?p a cydip:Position ; cydip:holder id:state\\/%s ;
                      cydip:target/skos:inScheme id:scheme\\/legal-question ; cydip:date ?d FILTER (STR(?d) = "%s") }"""
                    .formatted(r.get("iso3"), r.get("year"))), "national_positions.csv:" + r.line());
        }
    }

    /** The columns of treaties/instruments.csv and the predicates they map to. */
    private static final Map<String, String> INSTRUMENT_COLUMNS = Map.ofEntries(
            Map.entry("title", "dcterms:title"), Map.entry("short_title", "dcterms:alternative"),
            Map.entry("adopted_date", "cydip:adoptionDate"), Map.entry("adopted_by", "cydip:adoptingBody"),
            Map.entry("adopted_place", "cydip:adoptionPlace"),
            Map.entry("opened_for_signature_date", "cydip:openedForSignature"),
            Map.entry("opened_for_signature_place", "cydip:signaturePlace"),
            Map.entry("entry_into_force_date", "cydip:entryIntoForce"),
            Map.entry("entry_into_force_condition", "cydip:entryIntoForceCondition"),
            Map.entry("depositary", "cydip:depositary"), Map.entry("official_text_url", "cydip:officialText"),
            Map.entry("treaty_series", "cydip:treatySeries"), Map.entry("un_symbol", "cydip:symbol"),
            Map.entry("note", "cydip:note"));

    @Test
    void every_filled_cell_of_the_instruments_table_is_a_fact_of_its_instrument() {
        List<String> missing = new ArrayList<>();
        int cells = 0;
        for (Row r : rows("treaties/instruments.csv")) {
            String iri = "https://w3id.org/cydip/id/instrument/" + r.get("instrument_id").replace('/', '-');
            for (Map.Entry<String, String> c : INSTRUMENT_COLUMNS.entrySet()) {
                if (!r.has(c.getKey()))
                    continue;
                cells++;
                String cell = r.get(c.getKey());
                if (c.getKey().equals("note")) // published without the project's file names
                    cell = new org.w3id.cydip.ingest.InternalReferences(Path.of("data/sources")).strip(cell);
                String value = cell.replace("\\", "\\\\").replace("\"", "\\\"");
                if (LoadedGraph.count("""
                        PREFIX dcterms: <http://purl.org/dc/terms/>
                        SELECT (COUNT(*) AS ?n) WHERE { <%s> %s ?o FILTER (STR(?o) = "%s") }"""
                        .formatted(iri, c.getValue(), value)) != 1)
                    missing.add(r.line() + " " + c.getKey());
            }
            assertTrue(LoadedGraph.count("SELECT (COUNT(*) AS ?n) WHERE { <%s> cydip:source ?s }".formatted(iri)) > 0,
                    iri + " cites its sources");
        }
        assertEquals(22, rows("treaties/instruments.csv").size());
        assertTrue(cells > 150, "cells checked: " + cells);
        assertEquals(List.of(), missing);
    }

    private static final java.util.Set<String> LEGAL_QUESTIONS = java.util.Set.of(
            "sovereignty", "due_diligence", "ihl_applies", "self_defence", "collective_countermeasures");
}
