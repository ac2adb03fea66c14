package org.w3id.cydip.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code actors/organisations.csv} to {@code actors}, {@code curated/actor_names.csv}
 * to the name index, {@code actors/memberships.csv} to {@code memberships} (as members: a role is never
 * read from a note), and {@code curated/membership_roles.csv} to the roles other than member, each from
 * its own start date.
 */
final class OrganisationMapper {
    /** Informal groupings without a founding treaty, as the ontology's definition of cydip:Grouping names them. */
    private static final Set<String> GROUPINGS = Set.of("brics", "g7", "g20", "g77");

    private final Ingest in;

    OrganisationMapper(Ingest in) {
        this.in = in;
    }

    void run() {
        in.table("actors/organisations.csv").forEach(this::organisation);
        for (Row r : in.table("curated/actor_names.csv"))
            in.actors().addName(r.required("name"), in.actors().org(r, "org_id").key());
        Map<String, Integer> seen = new HashMap<>();
        in.table("actors/memberships.csv").forEach(r -> membership(r, seen));
        in.table("curated/membership_roles.csv").forEach(this::role);
    }

    private void organisation(Row r) {
        String id = r.required("id");
        in.actors().addOrganisation(id, r.required("name_en"), r.required("acronym"));
        Facts.Subject s = in.fact(StateMapper.KIND, Cydip.id("org", id), r)
                .a(GROUPINGS.contains(id) ? Cydip.Grouping : Cydip.IntergovernmentalOrganisation)
                .en(Terms.LABEL, r.required("name_en")).en(Terms.PREF_LABEL, r.required("name_en"))
                .str(Cydip.acronym, r.get("acronym"))
                .add(Cydip.founded, Dates.of(r, "founded"));
        if (r.has("wikidata_qid"))
            s.add(Terms.SAME_AS, Terms.uri(Terms.WIKIDATA + StateMapper.wikidata(r, "wikidata_qid")));
    }

    /** id/membership/ORG/ISO3; a second membership of the same pair adds its start (or its row) to the key. */
    private void membership(Row r, Map<String, Integer> seen) {
        Actors.Actor org = in.actors().org(r, "org_id");
        Actors.Actor member = in.actors().state(r, "iso3");
        String key = org.key() + "/" + member.key();
        int n = seen.merge(key, 1, Integer::sum);
        if (n > 1)
            key += "/" + (r.has("joined") ? r.get("joined") : "row" + r.line());
        membership(key, r, org, member, "member").add(Cydip.startDate, Dates.of(r, "joined"))
                .add(Cydip.endDate, Dates.of(r, "left"));
    }

    /** id/membership/ORG/ISO3/ROLE: a role other than member, from the day the curated row gives. */
    private void role(Row r) {
        Actors.Actor org = in.actors().org(r, "org_id");
        Actors.Actor member = in.actors().state(r, "iso3");
        String role = r.required("role");
        membership(org.key() + "/" + member.key() + "/" + role, r, org, member, role)
                .add(Cydip.startDate, Dates.of(r, "start"));
    }

    private Facts.Subject membership(String key, Row r, Actors.Actor org, Actors.Actor member, String role) {
        return in.fact("memberships", Cydip.id("membership", key), r).a(Cydip.Membership)
                .add(Terms.ORG_MEMBER, member.node()).add(Terms.ORG_ORGANIZATION, org.node())
                .add(Terms.ORG_ROLE, Terms.concept("role", role)).str(Cydip.note, r.get("note"));
    }
}
