package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.ingest.Row;
import org.w3id.cydip.ingest.Table;
import org.w3id.cydip.testing.Sparql;

/**
 * The canned queries the resource pages are made from ({@code treaty-status},
 * {@code acts-on-instrument}, {@code facts-citing-a-source}): on the real graph,
 * against facts from the source tables, and on a small graph for the date rules
 * ({@code cydip:latestDay}) and the acts that never make a party.
 */
class TreatyQueriesGoldenTest {
    static final String BUDAPEST = "https://w3id.org/cydip/id/instrument/budapest-ets185";
    private static QueryService real;
    private static QueryService small;

    /** Three states and one treaty: dated at year precision, a domestic approval only, a denunciation. */
    static final String SMALL = """
            @prefix cydip: <https://w3id.org/cydip/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix id: <https://w3id.org/cydip/id/> .
            id:instrument\\/t a cydip:Treaty ; rdfs:label "T"@en .
            id:act-type\\/domestic-approval skos:notation "domestic_approval" .
            id:state\\/AAA a cydip:State ; cydip:iso3 "AAA" ; rdfs:label "A"@en .
            id:state\\/BBB a cydip:State ; cydip:iso3 "BBB" ; rdfs:label "B"@en .
            id:state\\/CCC a cydip:State ; cydip:iso3 "CCC" ; rdfs:label "C"@en .
            id:s1 cydip:instrument id:instrument\\/t ; cydip:actor id:state\\/AAA ; cydip:actType id:act-type\\/signature ;
                cydip:date "2003-05-01"^^xsd:date ; cydip:earliestDay "2003-05-01"^^xsd:date ; cydip:latestDay "2003-05-01"^^xsd:date .
            id:r1 cydip:instrument id:instrument\\/t ; cydip:actor id:state\\/AAA ; cydip:actType id:act-type\\/ratification ;
                cydip:date "2004"^^xsd:gYear ; cydip:earliestDay "2004-01-01"^^xsd:date ; cydip:latestDay "2004-12-31"^^xsd:date .
            id:d1 cydip:instrument id:instrument\\/t ; cydip:actor id:state\\/BBB ; cydip:actType id:act-type\\/domestic-approval ;
                cydip:date "2010-03-01"^^xsd:date ; cydip:earliestDay "2010-03-01"^^xsd:date ; cydip:latestDay "2010-03-01"^^xsd:date .
            id:c1 cydip:instrument id:instrument\\/t ; cydip:actor id:state\\/CCC ; cydip:actType id:act-type\\/accession ;
                cydip:date "2005-02-01"^^xsd:date ; cydip:earliestDay "2005-02-01"^^xsd:date ; cydip:latestDay "2005-02-01"^^xsd:date .
            id:c2 cydip:instrument id:instrument\\/t ; cydip:actor id:state\\/CCC ; cydip:actType id:act-type\\/denunciation ;
                cydip:date "2012-07"^^xsd:gYearMonth ; cydip:earliestDay "2012-07-01"^^xsd:date ; cydip:latestDay "2012-07-31"^^xsd:date .
            """;

    @BeforeAll
    static void load() {
        real = new QueryService(Fixtures.catalogue(), TestProject.real().dataset(), 0);
        DatasetGraph dsg = Fixtures.mini();
        RDFDataMgr.read(dsg.getDefaultGraph(), new StringReader(SMALL), null, Lang.TURTLE);
        small = new QueryService(Fixtures.catalogue(), dsg, 0);
    }

    static List<Map<String, String>> rows(QueryService service, String name, String... params) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < params.length; i += 2)
            p.put(params[i], params[i + 1]);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(service.run(name, p, ResultFormat.json)),
                ResultSetLang.RS_JSON);
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> m = new HashMap<>();
            s.varNames().forEachRemaining(v -> m.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm()
                    : s.get(v).toString()));
            out.add(m);
        }
        return out;
    }

    static Map<String, String> row(List<Map<String, String>> rows, String col, String value) {
        return rows.stream().filter(r -> value.equals(r.get(col))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + col + "=" + value + " in " + rows));
    }

    @Test
    void albania_is_a_budapest_party_with_its_signature_ratification_and_entry_into_force() {
        Map<String, String> alb = row(rows(real, "treaty-status", "treaty", BUDAPEST), "iso3", "ALB");
        assertEquals("party", alb.get("status"));
        assertEquals("2001-11-23", alb.get("signature"));
        assertEquals("ratification", alb.get("consent"));
        assertEquals("2002-06-20", alb.get("consentDate"));
        assertEquals("2004-07-01", alb.get("entryIntoForce"));
    }

    @Test
    void the_budapest_parties_are_the_ones_budapest_convention_parties_lists() {
        List<String> parties = rows(real, "treaty-status", "treaty", BUDAPEST).stream()
                .filter(r -> "party".equals(r.get("status"))).map(r -> r.get("iso3")).sorted().toList();
        List<String> listed = rows(real, "budapest-convention-parties").stream().map(r -> r.get("iso3")).sorted().toList();
        assertEquals(listed, parties);
        assertTrue(rows(real, "treaty-status", "treaty", BUDAPEST).stream().noneMatch(r -> "RUS".equals(r.get("iso3"))));
    }

    @Test
    void a_states_status_toward_every_instrument() {
        List<Map<String, String>> fra = rows(real, "treaty-status", "state", "FRA");
        assertEquals("party", row(fra, "instrument", BUDAPEST).get("status"));
        Map<String, String> un = row(fra, "instrument", "https://w3id.org/cydip/id/instrument/un-cybercrime-2024");
        assertEquals("signatory", un.get("status"));
        assertEquals("2025-10-25", un.get("signature"));
        assertTrue(fra.stream().allMatch(r -> "FRA".equals(r.get("iso3"))));
    }

    @Test
    void a_ratification_dated_to_a_year_counts_from_the_last_day_of_that_year() {
        String t = "https://w3id.org/cydip/id/instrument/t";
        assertEquals("signatory", row(rows(small, "treaty-status", "treaty", t, "asof", "2004-06-30"), "iso3", "AAA")
                .get("status"));
        assertEquals("party", row(rows(small, "treaty-status", "treaty", t, "asof", "2004-12-31"), "iso3", "AAA")
                .get("status"));
        assertTrue(rows(small, "treaty-status", "treaty", t, "asof", "2003-04-30").isEmpty());
    }

    @Test
    void a_domestic_approval_never_makes_a_party() {
        String t = "https://w3id.org/cydip/id/instrument/t";
        assertTrue(rows(small, "treaty-status", "treaty", t).stream().noneMatch(r -> "BBB".equals(r.get("iso3"))));
        assertTrue(rows(small, "treaty-status", "state", "BBB").isEmpty());
    }

    @Test
    void a_domestic_approval_on_budapest_never_dates_or_makes_a_party_in_the_real_graph() {
        List<Row> domestic = Table.read(Path.of("data/sources"), "treaties/participation.csv").stream()
                .filter(r -> r.get("instrument_id").equals("budapest-ets185") && r.get("event").equals("domestic_approval"))
                .toList();
        assertEquals(10, domestic.size(), "treaties/SOURCES.md, Corrections (2026-12-01): ten ETS 185 rows split");
        List<Map<String, String>> today = rows(real, "budapest-convention-parties");
        for (Row r : domestic) {
            String day = r.required("date");
            Map<String, String> party = row(today, "iso3", r.get("iso3"));
            assertTrue(party.get("actDate") == null || !party.get("actDate").equals(day), party::toString);
            assertTrue(rows(real, "budapest-convention-parties", "asof", day).stream()
                    .noneMatch(p -> r.get("iso3").equals(p.get("iso3"))), r.get("iso3") + " a party as of " + day);
            assertTrue(rows(real, "treaty-status", "treaty", BUDAPEST, "state", r.get("iso3")).stream()
                    .noneMatch(p -> day.equals(p.get("consentDate"))), r.get("iso3"));
        }
    }

    @Test
    void a_denunciation_counts_once_its_month_is_over() {
        String t = "https://w3id.org/cydip/id/instrument/t";
        assertEquals("party", row(rows(small, "treaty-status", "treaty", t, "asof", "2012-07-15"), "iso3", "CCC")
                .get("status"));
        Map<String, String> c = row(rows(small, "treaty-status", "treaty", t, "asof", "2012-08-01"), "iso3", "CCC");
        assertEquals("denounced", c.get("status"));
        assertEquals("2012-07", c.get("denunciation"));
    }

    @Test
    void the_acts_on_budapest_come_in_date_order_with_the_undated_last() {
        List<Map<String, String>> acts = rows(real, "acts-on-instrument");
        assertEquals(Sparql.count(TestProject.real().dataset(), "SELECT (COUNT(*) AS ?n) { ?a cydip:instrument <"
                + BUDAPEST + "> }"), acts.size());
        assertEquals("2001-11-23", acts.get(0).get("date"));
        int firstUndated = acts.indexOf(acts.stream().filter(r -> r.get("date") == null).findFirst().orElseThrow());
        assertTrue(acts.subList(firstUndated, acts.size()).stream().allMatch(r -> r.get("date") == null));
        Map<String, String> ecu = row(acts, "iso3", "ECU");
        assertEquals("accession", ecu.get("typeName"));
        assertNull(ecu.get("date"), "the sources give no deposit date");
    }

    @Test
    void the_council_of_europes_chart_is_cited_by_albanias_budapest_acts() {
        List<Map<String, String>> facts = rows(real, "facts-citing-a-source");
        Map<String, String> ratification = row(facts, "fact",
                "https://w3id.org/cydip/id/participation/budapest-ets185/ALB/ratification");
        assertEquals("https://w3id.org/cydip/id/state/ALB", ratification.get("actor"));
        assertEquals(BUDAPEST, ratification.get("about"));
        assertEquals("ratification", ratification.get("value"));
        assertEquals("2002-06-20", ratification.get("date"));
    }
}
