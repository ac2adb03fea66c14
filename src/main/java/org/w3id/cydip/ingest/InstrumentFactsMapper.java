package org.w3id.cydip.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code treaties/instruments.csv} onto the instrument nodes the other tables made: official title
 * ({@code dcterms:title}) and short title ({@code dcterms:alternative}), adoption (date, body, place),
 * opening for signature (date, place), entry into force and its condition, depositary, official text,
 * treaty series and UN symbol, each with the row's sources. A blank cell states nothing.
 */
final class InstrumentFactsMapper {
    static final String TABLE = "treaties/instruments.csv";

    private final Ingest in;
    private final Map<String, Row> rows = new TreeMap<>();

    /** Reads the table first, so that the other mappers know which instruments it titles. */
    InstrumentFactsMapper(Ingest in) {
        this.in = in;
        for (Row r : in.table(TABLE))
            if (rows.put(key(r), r) != null)
                throw r.error("instrument_id", "a second row for \"" + r.get("instrument_id") + "\"");
    }

    /** The instrument key of a row: its id, a UN symbol written with "/" as "-". */
    static String key(Row r) {
        return r.required("instrument_id").replace('/', '-');
    }

    /** True where the table gives the instrument its official title (then the other tables give only its label). */
    boolean titles(String key) {
        return rows.containsKey(key);
    }

    void run() {
        rows.values().forEach(this::instrument);
    }

    private void instrument(Row r) {
        String key = key(r);
        if (!in.hasInstrument(key))
            throw r.error("instrument_id", "unknown instrument \"" + r.get("instrument_id")
                    + "\" (not in curated/instruments.csv, votes/unga_totals.csv or votes/processes.csv)");
        Facts.Subject s = in.fact(InstrumentMapper.KIND, Cydip.id("instrument", key), r)
                .en(DCTerms.title.asNode(), r.required("title")).en(DCTerms.alternative.asNode(), r.get("short_title"))
                .add(Cydip.adoptionDate, Dates.of(r, "adopted_date")).en(Cydip.adoptingBody, r.get("adopted_by"))
                .str(Cydip.adoptionPlace, r.get("adopted_place"))
                .add(Cydip.openedForSignature, Dates.of(r, "opened_for_signature_date"))
                .str(Cydip.signaturePlace, r.get("opened_for_signature_place"))
                .add(Cydip.entryIntoForce, Dates.of(r, "entry_into_force_date"))
                .en(Cydip.entryIntoForceCondition, r.get("entry_into_force_condition"))
                .en(Cydip.depositary, r.get("depositary"))
                .str(Cydip.treatySeries, r.get("treaty_series")).str(Cydip.symbol, r.get("un_symbol"))
                .str(Cydip.note, r.get("note"));
        if (r.has("official_text_url"))
            s.add(Cydip.officialText, url(r, "official_text_url"));
        if (r.has("wikidata"))
            s.add(Terms.SAME_AS, Terms.uri(Terms.WIKIDATA + StateMapper.wikidata(r, "wikidata")));
    }

    private static Node url(Row r, String column) {
        String v = r.get(column);
        if (!List.of("http://", "https://").stream().anyMatch(v::startsWith) || v.contains(" "))
            throw r.error(column, "not an http(s) URL: \"" + v + "\"");
        return Terms.uri(v);
    }
}
