package org.w3id.cydip.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3id.cydip.vocab.Cydip;

/** {@code actors/states.csv}, {@code actors/state_altlabels.csv} and {@code curated/former_states.csv} to {@code actors}. */
final class StateMapper {
    static final String KIND = "actors";
    private static final List<String> LANGS = List.of("fr", "es", "ru", "zh", "ar", "id");
    private static final Map<String, String> UN_STATUS = Map.of("yes", "member", "observer", "observer", "no", "non-member");

    private final Ingest in;
    private final Set<String> prefLabels = new HashSet<>();

    StateMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        in.table("actors/states.csv").forEach(this::state);
        in.table("curated/former_states.csv").forEach(this::formerState);
        in.table("actors/state_altlabels.csv").forEach(this::altLabel);
    }

    private void state(Row r) {
        String iso3 = r.required("iso3");
        in.actors().addState(iso3, r.required("name_en"));
        Facts.Subject s = in.fact(KIND, Cydip.id("state", iso3), r).a(Cydip.State)
                .str(Cydip.iso3, iso3).str(Cydip.iso2, r.get("iso2")).str(Cydip.m49, r.get("m49"))
                .en(Cydip.officialName, r.get("name_official_en"))
                .en(Cydip.region, r.get("region")).en(Cydip.subregion, r.get("subregion"))
                .add(Cydip.unAdmissionDate, Dates.of(r, "un_admission_date"))
                .add(Cydip.unStatus, unStatus(r));
        label(s, iso3, r.required("name_en"), "en");
        for (String lang : LANGS)
            label(s, iso3, r.get("label_" + lang), lang);
        if (r.has("wikidata_qid"))
            s.add(Terms.SAME_AS, Terms.uri(Terms.WIKIDATA + wikidata(r, "wikidata_qid")));
    }

    private void label(Facts.Subject s, String iso3, String label, String lang) {
        if (label.isEmpty())
            return;
        s.text(Terms.LABEL, label, lang).text(Terms.PREF_LABEL, label, lang);
        prefLabels.add(iso3 + "\t" + lang + "\t" + label);
    }

    private org.apache.jena.graph.Node unStatus(Row r) {
        String v = r.required("un_member");
        String status = UN_STATUS.get(v);
        if (status == null)
            throw r.error("un_member", "expected yes, observer or no, found \"" + v + "\"");
        return Terms.concept("un-status", status);
    }

    static String wikidata(Row r, String column) {
        String q = r.get(column);
        if (!q.matches("Q[0-9]+"))
            throw r.error(column, "not a Wikidata item id (Q...): \"" + q + "\"");
        return q;
    }

    private void formerState(Row r) {
        String iso3 = r.required("iso3");
        in.actors().addState(iso3, r.required("name_en"));
        Facts.Subject s = in.fact(KIND, Cydip.id("state", iso3), r).a(Cydip.State)
                .str(Cydip.iso3, iso3).str(Cydip.note, r.get("note"));
        label(s, iso3, r.required("name_en"), "en");
    }

    /** An alternative name, unless it is already the preferred label in that language (SKOS keeps them disjoint). */
    private void altLabel(Row r) {
        Actors.Actor state = in.actors().state(r, "iso3");
        String lang = r.required("lang");
        String label = r.required("label");
        if (lang.equals("en"))
            in.actors().addState(state.key(), label);
        if (prefLabels.contains(state.key() + "\t" + lang + "\t" + label))
            return;
        in.fact(KIND, state.node(), r).text(Terms.ALT_LABEL, label, lang);
    }
}
