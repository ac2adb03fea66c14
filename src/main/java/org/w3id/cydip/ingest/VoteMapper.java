package org.w3id.cydip.ingest;

import java.util.Map;

import org.w3id.cydip.vocab.Cydip;

/** {@code votes/unga_votes.csv} to {@code votes}: one cydip:Vote per state and resolution. */
final class VoteMapper {
    /** UNDL "X" (absent or not voting) is non-voting, never an abstention. */
    private static final Map<String, String> CHOICES = Map.of("yes", "yes", "no", "no", "abstain", "abstain",
            "absent", "non-voting");

    private final Ingest in;
    private final InstrumentMapper instruments;

    VoteMapper(Ingest in, InstrumentMapper instruments) {
        this.in = in;
        this.instruments = instruments;
    }

    void run() {
        in.table("votes/unga_votes.csv").forEach(this::vote);
    }

    private void vote(Row r) {
        String key = instruments.resolutionKey(r, "resolution");
        Actors.Actor voter = in.actors().state(r, "iso3");
        String choice = CHOICES.get(r.required("vote"));
        if (choice == null)
            throw r.error("vote", "expected yes, no, abstain or absent, found \"" + r.get("vote") + "\"");
        in.fact("votes", Cydip.id("vote", key + "/" + voter.key()), r).a(Cydip.Vote)
                .add(Cydip.voter, voter.node()).add(Cydip.resolution, Cydip.id("instrument", key))
                .add(Cydip.choice, Terms.concept("vote-choice", choice)).add(Cydip.date, Dates.of(r, "date"));
    }
}
