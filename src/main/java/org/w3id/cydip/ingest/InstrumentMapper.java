package org.w3id.cydip.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code curated/instruments.csv} and the resolutions of {@code votes/unga_totals.csv} to {@code instruments};
 * {@code curated/deprecated_instruments.csv}: published IRIs kept, deprecated, pointing at what replaced them.
 */
final class InstrumentMapper {
    static final String KIND = "instruments";
    private static final Pattern SYMBOL = Pattern.compile("A/RES/\\d+/\\d+");
    /** "Without a vote", "without a recorded vote": the sources write it in either case. */
    private static final Pattern WITHOUT_VOTE = Pattern.compile("without a (recorded )?vote", Pattern.CASE_INSENSITIVE);

    private final Ingest in;
    private final InstrumentFactsMapper facts;
    private final Map<String, String> resolutionKeys = new HashMap<>();

    InstrumentMapper(Ingest in, InstrumentFactsMapper facts) {
        this.in = in;
        this.facts = facts;
    }

    void run() {
        in.table("curated/instruments.csv").forEach(this::instrument);
        in.table("votes/unga_totals.csv").forEach(this::resolution);
        in.table("curated/deprecated_instruments.csv").forEach(this::deprecated);
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
        String key = r.required("id");
        Facts.Subject s = in.fact(KIND, in.instrument(key), r).a(type)
                .en(Terms.TITLE, facts.titles(key) ? null : r.required("title")).en(Terms.LABEL, r.required("title"))
                .str(Cydip.symbol, r.get("symbol")).str(Cydip.treatySeries, r.get("treaty_series"))
                .add(Cydip.adoptionDate, Dates.of(r, "adoption_date"))
                .str(Cydip.note, r.get("note"));
        if (r.has("protocol_to"))
            s.add(Cydip.protocolTo, in.knownInstrument(r, "protocol_to"));
        if (r.has("adopted_by")) {
            String by = r.get("adopted_by");
            s.add(Cydip.adoptedBy, in.actors().isOrganisation(by) ? Actors.org(by).node() : Cydip.id("process", by));
        }
    }

    private void resolution(Row r) {
        String symbol = r.required("resolution");
        if (!SYMBOL.matcher(symbol).matches())
            throw r.error("resolution", "not a resolution symbol A/RES/n/n: \"" + symbol + "\"");
        String key = symbol.replace('/', '-');
        resolutionKeys.put(symbol, key);
        Facts.Subject s = in.fact(KIND, in.instrument(key), r).a(Cydip.Resolution)
                .en(Terms.TITLE, r.required("title")).en(Terms.LABEL, r.required("title"))
                .str(Cydip.symbol, symbol).add(Cydip.adoptedBy, Actors.org("unga").node())
                .str(Cydip.sponsorNote, r.get("sponsor"));
        Actors.Actor sponsor = in.actors().named(r.get("sponsor"));
        if (sponsor != null)
            s.add(Cydip.sponsor, sponsor.node());
        tally(s, r);
    }

    /**
     * A published IRI that no longer names a resource of its own (a placeholder for a symbol since
     * confirmed): kept, with its label, marked deprecated and pointing at the resource that replaces it.
     */
    private void deprecated(Row r) {
        Node replacement = in.knownInstrument(r, "replaced_by");
        in.fact(KIND, Cydip.id("instrument", r.required("key")), r)
                .en(Terms.LABEL, r.required("label")).str(Cydip.note, r.get("note"))
                .typed(Terms.DEPRECATED, "true", XSDDatatype.XSDboolean).add(Terms.IS_REPLACED_BY, replacement);
    }

    /** Recorded totals, or adopted without a vote when the row has none and its source says so. */
    private void tally(Facts.Subject s, Row r) {
        s.add(Cydip.adoptionDate, Dates.of(r, "date"));
        if (r.has("yes") || r.has("no") || r.has("abstain")) {
            for (String c : new String[] {"yes", "no", "abstain"})
                s.add(Terms.cydip(c + "Count"), count(r, c));
        } else if (WITHOUT_VOTE.matcher(r.get("source")).find()) {
            s.typed(Cydip.adoptedWithoutVote, "true", XSDDatatype.XSDboolean);
        }
    }

    private static Node count(Row r, String column) {
        String v = r.required(column);
        if (!v.matches("\\d+"))
            throw r.error(column, "not a non-negative integer: \"" + v + "\"");
        return org.apache.jena.graph.NodeFactory.createLiteralDT(v, XSDDatatype.XSDnonNegativeInteger);
    }
}
