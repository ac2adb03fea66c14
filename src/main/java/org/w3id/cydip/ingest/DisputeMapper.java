package org.w3id.cydip.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code positions/disputes.csv} to {@code disputes}: one cydip:Dispute per dispute id
 * (slugs in {@code curated/disputes.csv}), whose sides are positions. The dispute's
 * date is the earliest year of its rows; a side gets no cydip:date, since the table
 * gives none for the position itself (its year is kept in a note).
 */
final class DisputeMapper {
    private static final String KIND = "disputes";

    private final Ingest in;
    private final Map<String, String> slugs = new HashMap<>();

    DisputeMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        in.table("curated/disputes.csv").forEach(r -> slugs.put(r.required("dispute_id"), r.required("slug")));
        Map<String, List<Row>> byDispute = new LinkedHashMap<>();
        for (Row r : in.table("positions/disputes.csv"))
            byDispute.computeIfAbsent(r.required("dispute_id"), k -> new java.util.ArrayList<>()).add(r);
        byDispute.forEach(this::dispute);
    }

    private void dispute(String id, List<Row> rows) {
        String slug = slugs.get(id);
        if (slug == null)
            throw rows.getFirst().error("dispute_id", "no slug for \"" + id + "\" in curated/disputes.csv");
        Node dispute = Cydip.id("dispute", slug);
        String first = rows.stream().map(r -> r.required("year").substring(0, 4)).sorted().findFirst().orElseThrow();
        Facts.Subject d = in.facts().about(KIND, dispute).a(Cydip.Dispute)
                .en(Terms.TITLE, rows.getFirst().required("title")).en(Terms.LABEL, rows.getFirst().required("title"))
                .str(Cydip.note, "Dispute " + id + " of positions/disputes.csv.")
                .add(Terms.DC_DATE, Dates.parse(first));
        Map<String, Integer> perHolder = new HashMap<>();
        for (Row r : rows) {
            Actors.Actor holder = in.actors().actor(r, "iso3", "actor_name");
            if (holder != null)
                perHolder.merge(holder.key(), 1, Integer::sum);
        }
        Map<String, Integer> used = new HashMap<>();
        for (Row r : rows) {
            Node side = side(r, slug, dispute, perHolder, used);
            d.add(Cydip.hasSide, side).addAll(Cydip.source, in.sources().of(r, "source"));
        }
    }

    /** id/position/HOLDER/dispute/SLUG, plus the row's year (and a counter) where the holder has several sides. */
    private Node side(Row r, String slug, Node dispute, Map<String, Integer> perHolder, Map<String, Integer> used) {
        Actors.Actor holder = in.actors().actor(r, "iso3", "actor_name");
        if (holder == null) {
            in.gap(r, "left out: side \"" + r.get("side") + "\" of \"" + r.get("actor_name") + "\" (actor not mapped)");
            return null;
        }
        String key = holder.key() + "/dispute/" + slug;
        if (perHolder.get(holder.key()) > 1) {
            key += "/" + r.required("year");
            int n = used.merge(key, 1, Integer::sum);
            key += n > 1 ? "-" + n : "";
        }
        Node position = Cydip.id("position", key);
        in.fact(KIND, position, r).a(Cydip.Position).add(Cydip.holder, holder.node())
                .add(Cydip.inDispute, dispute).en(Cydip.sideLabel, r.required("side"))
                .en(Cydip.evidence, r.get("position_summary"))
                .str(Cydip.note, "Year given for this side in positions/disputes.csv: " + r.required("year") + ".");
        return position;
    }
}
