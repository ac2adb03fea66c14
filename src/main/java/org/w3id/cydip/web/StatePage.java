package org.w3id.cydip.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cydip.publish.Description;
import org.w3id.cydip.vocab.Cydip;

/**
 * A state: its status toward each treaty and its joinings of soft-law
 * instruments (canned {@code treaty-status}), then its votes, positions (by
 * legal question or instrument), memberships and offices (canned
 * {@code state-profile}, split by kind).
 */
final class StatePage {
    static final List<Node> KEY_FACTS = List.of(Cydip.iso3, Cydip.term("iso2"), Cydip.term("m49"),
            Cydip.term("officialName"), SKOS.altLabel.asNode(), Cydip.term("region"), Cydip.term("subregion"),
            Cydip.term("unStatus"), Cydip.term("unAdmissionDate"), OWL.sameAs.asNode());
    /** Instruments a state becomes party to; the others it joins (coalitions, declarations, calls). */
    static final Set<Node> TREATIES = Set.of(Cydip.Treaty, Cydip.Protocol);

    /** A section of state-profile rows of one kind. */
    record Section(String id, String heading, String aboutHeading, String valueHeading, List<Map<String, Object>> rows) {}

    private StatePage() {}

    static String render(PageContext ctx, Description d, Canned canned) {
        Map<String, Object> m = ResourceModel.base(ctx, d, "state");
        Cells cells = ctx.cells();
        Facts facts = ResourceModel.facts(m, ctx, d, KEY_FACTS);
        String iso3 = facts.values(Cydip.iso3).stream().findFirst().map(Table::text).orElse(null);
        if (iso3 == null)
            return ctx.render("resource", withFacts(m, facts));
        Canned.Result status = canned.run(ctx.dataset(), "treaty-status", Map.of("state", iso3));
        LabelIndex labels = ctx.snapshot().labels;
        m.put("treaties", status.table().rows().stream().filter(r -> isTreaty(labels, r.get("instrument")))
                .map(r -> TreatyPage.statusRow(r, cells)).toList());
        m.put("coalitions", status.table().rows().stream().filter(r -> !isTreaty(labels, r.get("instrument")))
                .map(r -> TreatyPage.statusRow(r, cells)).toList());
        m.put("treatyQuery", status.view());
        Canned.Result profile = canned.run(ctx.dataset(), "state-profile", Map.of("state", iso3));
        m.put("sections", List.of(
                section("votes", "votesHeading", "resolution", "vote", profile.table(), "vote", cells, false),
                section("positions", "positionsHeading", "question", "stance", profile.table(), "position", cells,
                        true),
                section("memberships", "membershipsHeading", "organisation", "role", profile.table(), "membership",
                        cells, false),
                section("offices", "officesHeading", "office", "kindOfOffice", profile.table(), "office", cells,
                        false)));
        m.put("profileQuery", profile.view());
        return ctx.render("state", m);
    }

    private static Map<String, Object> withFacts(Map<String, Object> m, Facts facts) {
        m.put("facts", facts.rest(List.of()));
        m.put("otherFacts", List.of());
        return m;
    }

    private static boolean isTreaty(LabelIndex labels, Node instrument) {
        return labels.types(instrument).stream().anyMatch(TREATIES::contains);
    }

    /** The profile's rows of {@code kind}, in the query's order (by date) or, {@code byAbout}, by what they are about. */
    private static Section section(String id, String heading, String about, String value, Table profile, String kind,
            Cells cells, boolean byAbout) {
        List<Map<String, Object>> rows = profile.where("kind", kind).stream().map(cells::withSources)
                .sorted(byAbout ? Comparator.comparing((Map<String, Object> r) -> text(r.get("about")))
                        : (a, b) -> 0)
                .toList();
        return new Section(id, heading, about, value, rows);
    }

    private static String text(Object cell) {
        return cell instanceof Cell c ? c.text() : "";
    }
}
