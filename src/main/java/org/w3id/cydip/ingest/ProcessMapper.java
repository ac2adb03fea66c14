package org.w3id.cydip.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code votes/processes.csv} to {@code processes} (series, rounds) and {@code instruments}
 * (their reports), and {@code votes/gge_membership.csv} to {@code memberships}.
 */
final class ProcessMapper {
    static final String KIND = "processes";
    /** A UN document symbol at the start of the report cell, e.g. A/70/174 or A/AC.292/2025/CRP.1. */
    private static final Pattern REPORT = Pattern.compile("^(A/[A-Za-z0-9./]*[A-Za-z0-9])(\\s|$)");
    private static final Pattern MANDATE = Pattern.compile("(?:Mandated|Established) by (A/RES/\\d+/\\d+)");

    private final Ingest in;
    private final InstrumentFactsMapper facts;
    private final Map<String, Row> series = new HashMap<>();

    ProcessMapper(Ingest in, InstrumentFactsMapper facts) {
        this.in = in;
        this.facts = facts;
    }

    void run() {
        in.table("curated/process_series.csv").forEach(r -> series.put(r.required("process"), r));
        in.table("votes/processes.csv").forEach(this::round);
        in.table("votes/gge_membership.csv").forEach(this::membership);
    }

    /** id/process/SERIES-ROUND, e.g. un-gge-2016-2017. */
    private Node roundNode(Row r) {
        Row s = series.get(r.required("process"));
        if (s == null)
            throw r.error("process", "unknown process \"" + r.get("process") + "\" (not in curated/process_series.csv)");
        return Cydip.id("process", s.required("series") + "-" + r.required("round"));
    }

    private void round(Row r) {
        Row s = series.get(r.required("process"));
        Node round = roundNode(r);
        Node seriesNode = Cydip.id("process", s.required("series"));
        in.fact(KIND, seriesNode, s).a(Cydip.Process).en(Terms.LABEL, s.required("series_label"));
        in.facts().about(KIND, seriesNode).addAll(Cydip.source, in.sources().of(r, "source"));
        Facts.Subject p = in.fact(KIND, round, r).a(Cydip.Process)
                .en(Terms.LABEL, r.required("process") + " " + r.required("round"))
                .str(Cydip.roundLabel, r.required("round")).add(Cydip.partOfProcess, seriesNode)
                .add(Cydip.startDate, Dates.of(r, "start")).add(Cydip.endDate, Dates.of(r, "end"))
                .en(Cydip.outcome, r.get("outcome"));
        Matcher m = MANDATE.matcher(r.get("outcome"));
        if (m.find() && in.hasInstrument(m.group(1).replace('/', '-')))
            p.add(Cydip.mandatedBy, Cydip.id("instrument", m.group(1).replace('/', '-')));
        Matcher rep = REPORT.matcher(r.get("report_symbol"));
        if (rep.find())
            p.add(Cydip.producedReport, report(r, rep.group(1), round));
    }

    private Node report(Row r, String symbol, Node round) {
        String title = "Report of the " + r.required("process") + " " + r.required("round") + " (" + symbol + ")";
        String key = symbol.replace('/', '-');
        Node report = in.instrument(key);
        in.fact(InstrumentMapper.KIND, report, r).a(Cydip.Report).str(Cydip.symbol, symbol)
                .en(Terms.TITLE, facts.titles(key) ? null : title).en(Terms.LABEL, title)
                .add(Cydip.reportOf, round).add(Cydip.adoptedBy, round);
        return report;
    }

    /** id/membership/ROUND/ISO3, role chair or member. */
    private void membership(Row r) {
        Node round = roundNode(r);
        Actors.Actor member = in.actors().state(r, "iso3");
        String role = r.required("role");
        if (!role.equals("chair") && !role.equals("member"))
            throw r.error("role", "expected chair or member, found \"" + role + "\"");
        String roundKey = round.getURI().substring(round.getURI().lastIndexOf('/') + 1);
        in.fact("memberships", Cydip.id("membership", roundKey + "/" + member.key()), r).a(Cydip.Membership)
                .add(Terms.ORG_MEMBER, member.node()).add(Terms.ORG_ORGANIZATION, round)
                .add(Terms.ORG_ROLE, Terms.concept("role", role));
    }
}
