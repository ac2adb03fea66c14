package org.w3id.cydip.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code positions/national_positions.csv} (stances on legal questions) and
 * {@code treaties/statements.csv} (stances on instruments) to {@code positions}.
 */
final class PositionMapper {
    private static final String KIND = "positions";
    private static final List<String> QUESTIONS = List.of("sovereignty", "due_diligence", "ihl_applies", "self_defence",
            "collective_countermeasures");
    private static final Set<String> LEGAL_STANCES = Set.of("yes", "no", "unclear");
    private static final Set<String> INSTRUMENT_STANCES = Set.of("supports", "opposes", "reservations", "neutral");

    private final Ingest in;

    PositionMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        in.table("positions/national_positions.csv").forEach(this::nationalPosition);
        List<Row> statements = in.table("treaties/statements.csv");
        Map<String, Integer> perTarget = new HashMap<>();
        for (Row r : statements)
            perTarget.merge(r.get("iso3") + "/" + r.get("instrument_id"), 1, Integer::sum);
        statements.forEach(r -> statement(r, perTarget));
    }

    /** One position per stated cell: id/position/HOLDER/legal-question/QUESTION. */
    private void nationalPosition(Row r) {
        Actors.Actor holder = in.actors().actor(r, "iso3", "actor_name");
        if (holder == null) {
            in.gap(r, "left out: positions of \"" + r.get("actor_name") + "\" (actor not mapped)");
            return;
        }
        for (String column : QUESTIONS) {
            if (!r.has(column))
                continue;
            String question = column.replace('_', '-');
            in.fact(KIND, Cydip.id("position", holder.key() + "/legal-question/" + question), r).a(Cydip.Position)
                    .add(Cydip.holder, holder.node()).add(Cydip.target, Terms.concept("legal-question", question))
                    .add(Cydip.stance, stance(r, column, LEGAL_STANCES)).add(Cydip.date, Dates.year(r, "year"))
                    .str(Cydip.documentTitle, r.get("document_title"))
                    .en(Cydip.evidence, r.get("other"));
        }
    }

    /** id/position/HOLDER/INSTRUMENT, plus the date (or "undated") where the holder has several on it. */
    private void statement(Row r, Map<String, Integer> perTarget) {
        Actors.Actor holder = in.actors().state(r, "iso3");
        Node instrument = in.knownInstrument(r, "instrument_id");
        String key = holder.key() + "/" + r.get("instrument_id");
        if (perTarget.get(r.get("iso3") + "/" + r.get("instrument_id")) > 1)
            key += "/" + (r.has("date") ? r.get("date") : "undated");
        in.fact(KIND, Cydip.id("position", key), r).a(Cydip.Position)
                .add(Cydip.holder, holder.node()).add(Cydip.target, instrument)
                .add(Cydip.stance, stance(r, "stance", INSTRUMENT_STANCES)).add(Cydip.date, Dates.of(r, "date"))
                .en(Cydip.evidence, r.get("quote_or_summary"));
    }

    private static Node stance(Row r, String column, Set<String> allowed) {
        String v = r.required(column);
        if (!allowed.contains(v))
            throw r.error(column, "expected one of " + allowed + ", found \"" + v + "\"");
        return Terms.concept("stance", v);
    }
}
