package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cydip.publish.Description;
import org.w3id.cydip.vocab.Cydip;

/**
 * A UN resolution: its symbol, date, title and sponsors; the official totals
 * beside the votes the graph records; the roll-call (a table, and a map from the
 * same canned query).
 */
final class ResolutionPage {
    static final List<Node> KEY_FACTS = List.of(Cydip.symbol, DCTerms.title.asNode(), Cydip.term("adoptionDate"),
            Cydip.term("adoptedBy"), Cydip.term("sponsor"), Cydip.term("sponsorNote"), Cydip.term("note"),
            Cydip.source);
    /** The choices, each with the property that gives its official count (none for non-voting). */
    static final List<String> CHOICES = List.of("yes", "no", "abstain", "non-voting");
    private static final Map<String, Node> OFFICIAL = Map.of("yes", Cydip.term("yesCount"),
            "no", Cydip.term("noCount"), "abstain", Cydip.term("abstainCount"));

    record Total(String choice, String official, long recorded) {}

    private ResolutionPage() {}

    static String render(PageContext ctx, Description d, Canned canned) {
        Map<String, Object> m = ResourceModel.base(ctx, d, "resolution");
        Cells cells = ctx.cells();
        Facts facts = Facts.of(d.graph(), d.focus(), cells);
        List<Node> shown = new ArrayList<>(KEY_FACTS);
        shown.addAll(OFFICIAL.values());
        m.put("keyFacts", facts.pick(KEY_FACTS));
        m.put("otherFacts", facts.rest(shown));
        String symbol = facts.values(Cydip.symbol).stream().findFirst().map(Table::text).orElse("");
        m.put("symbol", symbol);
        Table votes = Table.empty();
        if (!symbol.isEmpty()) {
            Canned.Result r = canned.run(ctx.dataset(), "votes-on-resolution", Map.of("resolution", symbol));
            votes = r.table();
            m.put("votesQuery", r.view());
        }
        m.put("votes", votes.rows().stream().map(cells::withSources).toList());
        List<Total> totals = new ArrayList<>();
        for (String c : CHOICES) {
            Node p = OFFICIAL.get(c);
            String official = p == null ? "" : facts.values(p).stream().findFirst().map(Table::text).orElse("");
            totals.add(new Total(c, official, votes.count("vote", c)));
        }
        m.put("totals", totals);
        return ctx.render("resolution", m);
    }
}
