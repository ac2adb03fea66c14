package org.w3id.cydip.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code coalitions/cyber_offices.csv} to {@code offices}. An office is succeeded by
 * another only where the successor text names another row's office of the same state.
 */
final class OfficeMapper {
    private static final Map<String, String> KINDS = Map.of("office", "office", "ambassador", "ambassador",
            "coordinator", "coordinator", "bureau", "bureau");

    private final Ingest in;

    OfficeMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        List<Row> rows = in.table("coalitions/cyber_offices.csv");
        for (Row r : rows) {
            Facts.Subject office = office(r);
            for (Row other : rows)
                if (other != r && succeeds(r, other))
                    office.add(Cydip.succeededBy, node(other));
        }
    }

    private Facts.Subject office(Row r) {
        Actors.Actor state = in.actors().state(r, "iso3");
        String kind = KINDS.get(r.required("kind"));
        if (kind == null)
            throw r.error("kind", "expected one of " + KINDS.keySet() + ", found \"" + r.get("kind") + "\"");
        return in.fact("offices", node(r), r).a(Cydip.Office).en(Terms.LABEL, r.required("office_title"))
                .add(Cydip.ofState, state.node()).add(Cydip.officeKind, Terms.concept("office-kind", kind))
                .add(Cydip.startDate, Dates.of(r, "created")).add(Cydip.endDate, Dates.of(r, "ended"))
                .str(Cydip.successorNote, r.get("successor"))
                .str(Cydip.holderNote, r.get("holder_examples")).str(Cydip.note, r.get("note"));
    }

    private static boolean succeeds(Row r, Row other) {
        return r.get("iso3").equals(other.get("iso3")) && r.has("successor")
                && r.get("successor").contains(shortTitle(other));
    }

    /** The title before any parenthesis or comma: "Bureau of Cyberspace and Digital Policy". */
    static String shortTitle(Row r) {
        String t = r.required("office_title");
        int cut = t.indexOf(" (");
        return (cut < 0 ? t : t.substring(0, cut)).strip();
    }

    /** id/office/ISO3-slug, the slug from the short title without a leading "Office of the". */
    static Node node(Row r) {
        String slug = shortTitle(r).split(",")[0].toLowerCase(Locale.ROOT).replaceFirst("^office of the ", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return Cydip.id("office", r.required("iso3") + "-" + slug);
    }
}
