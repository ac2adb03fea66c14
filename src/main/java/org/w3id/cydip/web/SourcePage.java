package org.w3id.cydip.web;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.cydip.publish.Description;
import org.w3id.cydip.vocab.Cydip;

/**
 * A source document: its readable title, publisher, date and address, and every
 * fact that cites it (canned {@code facts-citing-a-source}).
 */
final class SourcePage {
    static final List<Node> KEY_FACTS = List.of(DCTerms.title.asNode(), DCTerms.publisher.asNode(),
            DCTerms.date.asNode(), Cydip.url, Cydip.term("sourceKind"), Cydip.term("citation"));
    /** Citing facts rendered on the server; the script pages through the rest. */
    static final int SHOWN = 500;

    private SourcePage() {}

    static String render(PageContext ctx, Description d, Canned canned) {
        Map<String, Object> m = ResourceModel.base(ctx, d, "source");
        Cells cells = ctx.cells();
        ResourceModel.facts(m, ctx, d, KEY_FACTS);
        Canned.Result cited = canned.run(ctx.dataset(), "facts-citing-a-source", Map.of("source", d.focus().getURI()));
        m.put("citedTotal", cited.table().total());
        m.put("cited", cells.rows(cited.table().rows().stream().limit(SHOWN).toList()));
        m.put("citedQuery", cited.view());
        return ctx.render("source", m);
    }
}
