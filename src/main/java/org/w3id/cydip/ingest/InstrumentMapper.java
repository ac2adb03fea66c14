package org.w3id.cydip.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/** {@code curated/instruments.csv} and the resolutions of {@code votes/unga_totals.csv} to {@code instruments}. */
final class InstrumentMapper {
    static final String KIND = "instruments";
    private static final Pattern SYMBOL = Pattern.compile("A/RES/\\d+/\\d+");

    private final Ingest in;
    private final Map<String, String> resolutionKeys = new HashMap<>();

    InstrumentMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        in.table("curated/instruments.csv").forEach(this::instrument);
        Map<String, Row> curated = new HashMap<>();
        in.table("curated/resolutions.csv").forEach(r -> curated.put(r.required("resolution"), r));
        for (Row r : in.table("votes/unga_totals.csv"))
            resolution(r, curated.get(r.required("resolution")));
    }

    /** The key of the resolution as {@code votes/unga_totals.csv} names it: the symbol with "/" as "-". */
    String resolutionKey(Row row, String column) {
        String key = resolutionKeys.get(row.required(column));
        if (key == null)
            throw row.error(column, "unknown resolution \"" + row.get(column) + "\" (not in votes/unga_totals.csv)");
        return key;
    }

    private void instrument(Row r) {
        Node type = Terms.cydip(r.required("class"));
        Facts.Subject s = in.fact(KIND, in.instrument(r.required("id")), r).a(type)
                .en(Terms.TITLE, r.required("title")).en(Terms.LABEL, r.required("title"))
                .str(Cydip.symbol, r.get("symbol")).str(Terms.cydip("treatySeries"), r.get("treaty_series"))
                .add(Terms.cydip("adoptionDate"), Dates.of(r, "adoption_date"))
                .str(Terms.cydip("note"), r.get("note"));
        if (r.has("protocol_to"))
            s.add(Terms.cydip("protocolTo"), in.knownInstrument(r, "protocol_to"));
        if (r.has("adopted_by")) {
            String by = r.get("adopted_by");
            s.add(Terms.cydip("adoptedBy"), in.actors().isOrganisation(by) ? Actors.org(by).node() : Cydip.id("process", by));
        }
    }

    private void resolution(Row r, Row curated) {
        String cell = r.required("resolution");
        boolean plain = SYMBOL.matcher(cell).matches();
        if (!plain && curated == null)
            throw r.error("resolution", "neither a symbol A/RES/n/n nor listed in curated/resolutions.csv: \"" + cell + "\"");
        String symbol = plain ? cell : curated.get("symbol");
        String key = plain ? cell.replace('/', '-') : curated.required("key");
        resolutionKeys.put(cell, key);
        Facts.Subject s = in.fact(KIND, in.instrument(key), r).a(Cydip.Resolution)
                .en(Terms.TITLE, r.required("title")).en(Terms.LABEL, r.required("title"))
                .str(Cydip.symbol, symbol).add(Terms.cydip("adoptedBy"), Actors.org("unga").node())
                .str(Terms.cydip("sponsorNote"), r.get("sponsor"));
        Actors.Actor sponsor = in.actors().named(r.get("sponsor"));
        if (sponsor != null)
            s.add(Terms.cydip("sponsor"), sponsor.node());
        if (curated != null)
            curated(s, r, curated);
        else
            tally(s, r);
    }

    private void curated(Facts.Subject s, Row r, Row curated) {
        s.addAll(Cydip.source, in.sources().of(curated, "source")).str(Terms.cydip("note"), curated.get("note"));
        s.add(Terms.cydip("adoptionDate"), curated.has("adoption_date") ? Dates.of(curated, "adoption_date") : Dates.of(r, "date"));
        if (curated.required("committee_vote").equals("yes"))
            s.str(Terms.cydip("note"), "First Committee vote on the draft on " + r.required("date") + ": "
                    + r.required("yes") + " yes, " + r.required("no") + " no, " + r.required("abstain")
                    + " abstentions (votes/unga_totals.csv). These are not the plenary totals.");
        else
            tally(s, r);
    }

    /** Recorded totals, or adopted without a vote when the row has none and its source says so. */
    private void tally(Facts.Subject s, Row r) {
        s.add(Terms.cydip("adoptionDate"), Dates.of(r, "date"));
        if (r.has("yes") || r.has("no") || r.has("abstain")) {
            for (String c : new String[] {"yes", "no", "abstain"})
                s.add(Terms.cydip(c + "Count"), count(r, c));
        } else if (r.get("source").toLowerCase(java.util.Locale.ROOT).contains("without a")) {
            s.typed(Terms.cydip("adoptedWithoutVote"), "true", XSDDatatype.XSDboolean);
        }
    }

    private static Node count(Row r, String column) {
        String v = r.required(column);
        if (!v.matches("\\d+"))
            throw r.error(column, "not a non-negative integer: \"" + v + "\"");
        return org.apache.jena.graph.NodeFactory.createLiteralDT(v, XSDDatatype.XSDnonNegativeInteger);
    }
}
