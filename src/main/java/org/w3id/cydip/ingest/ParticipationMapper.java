package org.w3id.cydip.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * Participation acts: {@code treaties/participation.csv}, {@code votes/wcit12.csv}
 * (non-signatures of the 2012 ITRs) and {@code coalitions/signatories.csv} (joinings).
 */
final class ParticipationMapper {
    /** A domestic approval (a state's own step: a law authorising ratification) never makes it a party. */
    private static final Map<String, String> EVENTS = Map.of("signed", "signature", "ratified", "ratification",
            "acceded", "accession", "entered_into_force", "entry-into-force", "domestic_approval", "domestic-approval");
    private static final Pattern NOT_SIGNED_ON = Pattern.compile(
            "did not sign on (\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\\d{4})");
    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    private final Ingest in;

    ParticipationMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        in.table("treaties/participation.csv").forEach(this::treatyAct);
        in.table("votes/wcit12.csv").forEach(this::wcit);
        in.table("coalitions/signatories.csv").forEach(this::joining);
    }

    private void treatyAct(Row r) {
        Actors.Actor actor = in.actors().actor(r, "iso3", "state_name");
        if (actor == null)
            throw r.error("state_name", "no ISO3 code and not a known organisation: \"" + r.get("state_name") + "\"");
        act("participation", r, actor, in.knownInstrument(r, "instrument_id"), actType(r))
                .add(Cydip.date, Dates.of(r, "date")).str(Cydip.note, r.get("note"));
    }

    /** The event's act type; a ratification is an acceptance or approval only where the note says so. */
    static String actType(Row r) {
        String event = r.required("event");
        String type = EVENTS.get(event);
        if (type == null)
            throw r.error("event", "unknown event \"" + event + "\" (expected " + String.join(", ", EVENTS.keySet()) + ")");
        String note = r.get("note").toLowerCase(Locale.ROOT);
        if (type.equals("ratification") && note.contains("acceptance"))
            return "acceptance";
        if (type.equals("ratification") && note.contains("instrument of approval"))
            return "approval";
        return type;
    }

    private void wcit(Row r) {
        if (!r.required("signed").equals("no"))
            throw r.error("signed", "only confirmed non-signatories (no) are expected, found \"" + r.get("signed") + "\"");
        act("participation", r, in.actors().state(r, "iso3"), in.knownInstrument(itrs(r), "id"), "non-signature")
                .add(Cydip.date, statedDate(r.get("source")));
    }

    private static Row itrs(Row r) {
        return new Row(r.file(), r.line(), Map.of("id", "itu-itrs-2012"));
    }

    /** The date only where the source cell itself states it ("did not sign on 14 Dec 2012"). */
    static Node statedDate(String cell) {
        Matcher m = NOT_SIGNED_ON.matcher(cell);
        if (!m.find())
            return null;
        int month = MONTHS.indexOf(m.group(2)) / 3 + 1;
        return Dates.parse(String.format("%s-%02d-%02d", m.group(3), month, Integer.parseInt(m.group(1))));
    }

    private void joining(Row r) {
        Actors.Actor actor = in.actors().actor(r, "iso3", "state_name");
        if (actor == null) {
            in.gap(r, "left out: \"" + r.get("state_name") + "\" joining " + r.get("instrument_id")
                    + " (not a state or an organisation of actors/organisations.csv)");
            return;
        }
        act("coalitions", r, actor, in.knownInstrument(r, "instrument_id"), "joining")
                .add(Cydip.date, Dates.of(r, "joined")).str(Cydip.note, r.get("note"));
    }

    /** id/participation/INSTRUMENT/ACTOR/ACT-TYPE. */
    private Facts.Subject act(String kind, Row r, Actors.Actor actor, Node instrument, String type) {
        String key = instrument.getURI().substring(instrument.getURI().lastIndexOf('/') + 1);
        return in.fact(kind, Cydip.id("participation", key + "/" + actor.key() + "/" + type), r)
                .a(Cydip.ParticipationAct).add(Cydip.actor, actor.node()).add(Cydip.instrument, instrument)
                .add(Cydip.actType, Terms.concept("act-type", type));
    }
}
