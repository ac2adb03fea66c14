package org.w3id.cydip.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.validate.ValidatedDataset;

/** Every canned query on the real graph (data/*.ttl), against facts from the source tables. */
class GoldenResultsTest {
    private static QueryService service;

    @BeforeAll
    static void load() {
        ValidatedDataset data = ValidatedDataset.open(Fixtures.project(), null);
        assertTrue(data.conforms(), "the project's data conforms to the shapes");
        service = new QueryService(Fixtures.catalogue(), data.dataset(), 0);
    }

    /** Rows as maps from column to lexical form (IRIs as strings). */
    private static List<Map<String, String>> rows(String name, String... params) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < params.length; i += 2)
            p.put(params[i], params[i + 1]);
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(service.run(name, p, ResultFormat.json)), ResultSetLang.RS_JSON);
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> m = new HashMap<>();
            s.varNames().forEachRemaining(v -> m.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
            out.add(m);
        }
        return out;
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String col, String value) {
        return rows.stream().filter(r -> value.equals(r.get(col))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + col + "=" + value + " in " + rows.size() + " rows"));
    }

    private static Map<String, Long> count(List<Map<String, String>> rows, String col) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.getOrDefault(col, ""), Collectors.counting()));
    }

    @Test
    void a_res_74_247_has_79_yes_60_no_33_abstentions() {
        Map<String, Long> c = count(rows("votes-on-resolution", "resolution", "A/RES/74/247"), "vote");
        assertEquals(79L, c.get("yes"));
        assertEquals(60L, c.get("no"));
        assertEquals(33L, c.get("abstain"));
        assertEquals("yes", row(rows("votes-on-resolution"), "iso3", "RUS").get("vote"));
    }

    @Test
    void a_res_78_237_has_104_yes_53_no_7_abstentions_recorded_and_counted() {
        Map<String, Long> c = count(rows("votes-on-resolution", "resolution", "A/RES/78/237"), "vote");
        assertEquals(Map.of("yes", 104L, "no", 53L, "abstain", 7L, "non-voting", 29L), c);
        Map<String, String> t = row(rows("resolution-vote-totals"), "symbol", "A/RES/78/237");
        assertEquals(List.of("2023-12-22", "104", "53", "7", "104", "53", "7"), List.of(t.get("date"), t.get("yes"),
                t.get("no"), t.get("abstain"), t.get("countedYes"), t.get("countedNo"), t.get("countedAbstain")));
    }

    @Test
    void a_res_77_37_carries_its_plenary_totals_and_79_237_and_80_16_were_adopted_without_a_vote() {
        Map<String, String> poa = row(rows("resolution-vote-totals"), "symbol", "A/RES/77/37");
        assertEquals(List.of("156", "7", "14"), List.of(poa.get("yes"), poa.get("no"), poa.get("abstain")));
        for (String symbol : List.of("A/RES/76/19", "A/RES/79/237", "A/RES/79/243", "A/RES/80/16"))
            assertEquals("true", row(rows("resolution-vote-totals"), "symbol", symbol).get("withoutVote"), symbol);
    }

    @Test
    void russia_opposes_budapest_since_its_2010_statement_and_not_before() {
        Map<String, String> rus = row(rows("states-opposing-budapest-convention"), "iso3", "RUS");
        assertEquals("2010-11-12", rus.get("date"));
        assertTrue(rus.get("evidence").contains("would not ratify"), rus.get("evidence"));
        assertTrue(rows("states-opposing-budapest-convention", "asof", "2010-11-11").stream()
                .noneMatch(r -> "RUS".equals(r.get("iso3"))));
    }

    @Test
    void vote_signals_are_labelled_as_signals_and_exclude_parties() {
        List<Map<String, String>> rows = rows("budapest-convention-opposition-signals");
        assertTrue(rows.stream().allMatch(r -> r.get("signal").contains("not a statement")));
        row(rows, "iso3", "CHN");
        assertTrue(rows.stream().noneMatch(r -> "ALB".equals(r.get("iso3"))), "Albania is a party");
    }

    @Test
    void budapest_parties_have_their_act_and_entry_into_force_as_of_a_date() {
        Map<String, String> alb = row(rows("budapest-convention-parties"), "iso3", "ALB");
        assertEquals("ratification", alb.get("act"));
        assertEquals("2002-06-20", alb.get("actDate"));
        assertEquals("2004-07-01", alb.get("entryIntoForce"));
        List<Map<String, String>> in2003 = rows("budapest-convention-parties", "asof", "2003-01-01");
        assertEquals(List.of("ALB", "HRV"), in2003.stream().map(r -> r.get("iso3")).toList());
        assertTrue(in2003.stream().allMatch(r -> r.get("inForce").equals("false")));
    }

    @Test
    void budapest_parties_today_are_all_80_including_those_without_a_dated_act() {
        List<Map<String, String>> today = rows("budapest-convention-parties");
        assertEquals(80, today.stream().map(r -> r.get("iso3")).distinct().count());
        Map<String, String> esp = row(today, "iso3", "ESP");
        assertEquals("ratification", esp.get("act"));
        assertEquals("2010-06-03", esp.get("actDate"), "Spain's deposit (treaties/SOURCES.md, Additions 2026-12-01)");
        assertEquals("2010-10-01", esp.get("entryIntoForce"));
        assertEquals("accession", row(today, "iso3", "ECU").get("act"));
        assertEquals(null, row(today, "iso3", "ECU").get("actDate"), "Ecuador's accession is undated");
        assertTrue(rows("budapest-convention-parties", "asof", "2030-01-01").stream().noneMatch(r -> "ECU".equals(r.get("iso3"))),
                "an undated accession is not placed on a given date");
    }

    @Test
    void the_state_profile_of_russia_covers_memberships_votes_positions_and_acts() {
        Map<String, Long> kinds = count(rows("state-profile", "state", "rus"), "kind");
        for (String k : List.of("membership", "vote", "position", "participation"))
            assertTrue(kinds.getOrDefault(k, 0L) > 0, k + " in " + kinds);
    }

    @Test
    void the_2017_gge_objectors_include_russia_and_cuba() {
        List<Map<String, String>> rows = rows("gge-2017-failure");
        assertTrue(row(rows, "iso3", "CUB").get("side").contains("rejected"));
        assertTrue(row(rows, "iso3", "RUS").get("side").contains("rejected"));
    }

    @Test
    void the_cybercrime_track_runs_from_the_resolution_to_the_signatures() {
        Map<String, Long> steps = count(rows("un-cybercrime-treaty-track"), "step");
        assertEquals(1L, steps.get("resolution"));
        assertEquals(1L, steps.get("negotiation"));
        assertEquals(1L, steps.get("adoption"));
        assertEquals(72L, steps.get("signature"), "73 signatures in the source (72 states, Uruguay among them), one by the EU (not a state)");
    }

    @Test
    void the_2018_camps_put_russia_and_the_united_states_apart() {
        List<Map<String, String>> rows = rows("cyber-camps-2018");
        assertEquals("Russian text only", row(rows, "iso3", "RUS").get("camp"));
        assertEquals("US text only", row(rows, "iso3", "USA").get("camp"));
    }

    @Test
    void the_uk_says_no_and_france_says_yes_on_sovereignty_as_a_rule() {
        List<Map<String, String>> rows = rows("positions-on-legal-question", "question", "sovereignty");
        assertEquals("no", row(rows, "iso3", "GBR").get("answer"));
        assertEquals("yes", row(rows, "iso3", "FRA").get("answer"));
    }

    @Test
    void voting_alignment_with_the_united_states_ranks_like_minded_states_first() {
        List<Map<String, String>> rows = rows("voting-alignment", "state", "USA");
        assertEquals(17, Integer.parseInt(row(rows, "iso3", "GBR").get("rollCalls")));
        assertTrue(Double.parseDouble(row(rows, "iso3", "GBR").get("rate")) > Double.parseDouble(row(rows, "iso3", "RUS").get("rate")));
    }

    @Test
    void treaty_camps_separate_albania_from_russia() {
        List<Map<String, String>> rows = rows("treaty-camps-overlap");
        assertEquals("Budapest only", row(rows, "iso3", "ALB").get("camp"));
        assertEquals("UN convention only", row(rows, "iso3", "RUS").get("camp"));
        assertEquals("both", row(rows, "iso3", "ESP").get("camp"), "a party known only by its entry into force");
        assertEquals(80, rows.stream().filter(r -> r.get("camp").equals("both") || r.get("camp").equals("Budapest only")).count());
        assertEquals(197, rows.stream().map(r -> r.get("iso3")).distinct().count() - 1, "every state once (with SCG)");
    }

    @Test
    void like_minded_coalitions_set_joinings_against_russian_resolution_votes() {
        Map<String, String> usa = rows("like-minded-coalitions").stream()
                .filter(r -> "USA".equals(r.get("iso3")) && r.get("coalition").endsWith("joint-statement-2019"))
                .findFirst().orElseThrow();
        assertEquals("2019-09-23", usa.get("joined"));
        assertTrue(Integer.parseInt(usa.get("noOnRussian")) > 0);
    }

    @Test
    void joinings_and_the_2018_votes_come_with_their_sources_titles_and_urls() {
        Map<String, String> christchurch = rows("like-minded-coalitions").stream()
                .filter(r -> "AUS".equals(r.get("iso3")) && r.get("coalition").endsWith("christchurch-call-2019"))
                .findFirst().orElseThrow();
        for (Map<String, String> r : List.of(christchurch, row(rows("cyber-camps-2018"), "iso3", "RUS"))) {
            assertTrue(r.get("sources").contains("/id/source/"), r.toString());
            assertTrue(!r.get("sourceTitles").isBlank() && r.get("sourceUrls").contains("http"), r.toString());
        }
    }

    @Test
    void the_us_coordinator_office_closed_in_2017_and_the_bureau_opened_in_2022() {
        List<Map<String, String>> rows = rows("cyber-diplomacy-offices", "state", "USA");
        assertTrue(rows.stream().allMatch(r -> r.get("iso3").equals("USA")));
        assertTrue(rows.stream().anyMatch(r -> "2017".equals(r.get("ended"))));
        assertTrue(rows.stream().anyMatch(r -> "2022-04-04".equals(r.get("created")) && "bureau".equals(r.get("kind"))));
        assertEquals(37, rows("cyber-diplomacy-offices").size());
    }

    @Test
    void the_2012_2013_gge_had_fifteen_members_chaired_by_australia() {
        List<Map<String, String>> round = rows("gge-membership-by-round").stream()
                .filter(r -> "2012-2013".equals(r.get("roundLabel"))).toList();
        assertEquals(15, round.size());
        assertEquals("chair", row(round, "iso3", "AUS").get("role"));
    }

    @Test
    void the_2015_gge_set_out_eleven_norms() {
        List<Map<String, String>> rows = rows("norms-of-2015-gge");
        assertEquals(11, rows.size());
        assertEquals("a", rows.get(0).get("letter"));
    }

    @Test
    void eight_states_are_confirmed_wcit_12_non_signatories_among_them_the_us() {
        List<Map<String, String>> rows = rows("wcit-12-non-signatories");
        assertEquals(8, rows.size());
        row(rows, "iso3", "USA");
    }

    @Test
    void the_un_convention_was_signed_by_china_france_and_russia() {
        List<Map<String, String>> rows = rows("un-convention-signatories");
        for (String s : List.of("CHN", "FRA", "RUS"))
            assertEquals("2025-10-25", row(rows, "iso3", s).get("date"));
    }

    @Test
    void official_totals_agree_with_the_counted_votes() {
        Map<String, String> r = row(rows("resolution-vote-totals"), "symbol", "A/RES/74/247");
        assertEquals(List.of("79", "60", "33"), List.of(r.get("countedYes"), r.get("countedNo"), r.get("countedAbstain")));
        for (Map<String, String> t : rows("resolution-vote-totals"))
            if (t.get("yes") != null && t.get("countedYes") != null && !t.get("countedYes").equals("0"))
                assertEquals(t.get("yes"), t.get("countedYes"), t.get("symbol"));
    }

    @Test
    void eight_disputes_have_sides() {
        assertEquals(8, rows("disputes-and-sides").stream().map(r -> r.get("dispute")).distinct().count());
    }

    @Test
    void a_vote_points_to_its_un_digital_library_source() {
        assertTrue(rows("sources-of-a-fact").size() >= 1);
        assertTrue(rows("sources-of-a-fact", "fact", "https://w3id.org/cydip/id/vote/A-RES-74-247/RUS").stream()
                .anyMatch(r -> String.valueOf(r.get("citation")).contains("digitallibrary.un.org")
                        || String.valueOf(r.get("sourceUrl")).contains("digitallibrary.un.org")));
    }

    @Test
    void states_with_a_published_position_are_not_listed_as_without_one() {
        List<Map<String, String>> rows = rows("states-without-a-published-position");
        assertTrue(rows.stream().noneMatch(r -> "FRA".equals(r.get("iso3"))));
        row(rows, "iso3", "AFG");
    }

    @Test
    void the_2016_2017_gge_round_ended_without_a_report() {
        List<Map<String, String>> rows = rows("gge-and-oewg-rounds");
        Map<String, String> failed = row(rows, "process", "https://w3id.org/cydip/id/process/un-gge-2016-2017");
        assertEquals(null, failed.get("report"), "the failed round produced no report");
        assertTrue(failed.get("outcome").startsWith("No consensus report"), failed.get("outcome"));
        Map<String, String> before = row(rows, "process", "https://w3id.org/cydip/id/process/un-gge-2014-2015");
        assertEquals("A/70/174", before.get("report"), "the round before did");
    }

    @Test
    void china_and_russia_are_founding_members_of_the_sco() {
        List<Map<String, String>> rows = rows("organisation-members", "org", "sco");
        assertEquals("2001-06-15", row(rows, "iso3", "CHN").get("joined"));
        assertEquals("2001-06-15", row(rows, "iso3", "RUS").get("joined"));
    }

    @Test
    void albania_ratified_the_first_protocol() {
        assertTrue(rows("budapest-protocols-parties").stream().anyMatch(r -> "ALB".equals(r.get("iso3"))
                && r.get("protocol").endsWith("ets189") && "ratification".equals(r.get("act"))));
    }

    @Test
    void russia_and_brazil_stated_opposition_to_budapest() {
        List<Map<String, String>> rows = rows("stances-on-treaties");
        assertEquals("opposes", row(rows, "iso3", "RUS").get("stance"));
        assertTrue(rows.stream().anyMatch(r -> "BRA".equals(r.get("iso3")) && "opposes".equals(r.get("stance"))));
    }
}
