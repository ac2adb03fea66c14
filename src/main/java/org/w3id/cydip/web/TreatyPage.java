package org.w3id.cydip.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cydip.publish.Description;
import org.w3id.cydip.vocab.Cydip;

/**
 * An instrument states sign, ratify or join (a treaty, a protocol, a declaration):
 * its adoption, opening for signature, entry into force, depositary and text; the
 * count of parties and signatories; every state's status as of a date (a table,
 * and a map from the same query); the timeline of acts; statements about it.
 */
final class TreatyPage {
    static final List<Node> KEY_FACTS = List.of(DCTerms.title.asNode(), DCTerms.alternative.asNode(),
            Cydip.term("treatySeries"), Cydip.symbol, Cydip.term("adoptionDate"), Cydip.term("adoptingBody"),
            Cydip.term("adoptionPlace"), Cydip.term("openedForSignature"), Cydip.term("signaturePlace"),
            Cydip.term("entryIntoForce"), Cydip.term("entryIntoForceCondition"), Cydip.term("depositary"),
            Cydip.term("officialText"), Cydip.term("protocolTo"), Cydip.term("note"), Cydip.source);
    static final PageQuery STATEMENTS = PageQuery.resource("instrument-statements");

    private TreatyPage() {}

    static String render(PageContext ctx, Description d, Canned canned) {
        Map<String, Object> m = ResourceModel.base(ctx, d, "treaty");
        Cells cells = ctx.cells();
        ResourceModel.facts(m, ctx, d, KEY_FACTS);
        String asof = ctx.request().parameters().getOrDefault("asof", "").strip();
        m.put("asof", asof);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("treaty", d.focus().getURI());
        if (!asof.isEmpty())
            params.put("asof", asof);
        Canned.Result status = canned.run(ctx.dataset(), "treaty-status", params);
        m.put("status", status.table().rows().stream().map(r -> statusRow(r, cells)).toList());
        m.put("statusQuery", status.view());
        m.put("parties", status.table().count("status", "party"));
        m.put("signatories", status.table().count("status", "signatory"));
        m.put("participants", status.table().count("status", "participant"));
        m.put("denounced", status.table().count("status", "denounced"));
        Canned.Result acts = canned.run(ctx.dataset(), "acts-on-instrument", Map.of("instrument", d.focus().getURI()));
        m.put("acts", acts.table().rows().stream().map(r -> actRow(r, cells)).toList());
        m.put("actsQuery", acts.view());
        Table statements = STATEMENTS.run(ctx.dataset(), ResourceModel.self(d.focus()));
        m.put("statements", statements.rows().stream().map(cells::withSources).toList());
        m.put("statementsQuery", QueryView.of(STATEMENTS, ResourceModel.self(d.focus())));
        return ctx.render("treaty", m);
    }

    /** A row of {@code treaty-status}, its status as plain text (the page words it in its language). */
    static Map<String, Object> statusRow(Map<String, Node> r, Cells cells) {
        Map<String, Object> row = cells.withSources(r);
        row.put("status", Cells.text(Table.text(r.get("status"))));
        return row;
    }

    private static Map<String, Object> actRow(Map<String, Node> r, Cells cells) {
        Map<String, Object> row = cells.withSources(r);
        row.put("act", cells.of(r.get("type")));
        return row;
    }
}
