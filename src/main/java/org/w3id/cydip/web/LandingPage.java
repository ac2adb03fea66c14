package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.cydip.vocab.Cydip;

/** {@code /}: what cydip is, live counts from the data, the search box, the ways in. */
final class LandingPage {
    private static final PageQuery COUNTS = PageQuery.resource("landing-counts");
    /** The counts, in the order the page shows them (the query's columns). */
    static final List<String> COUNTED = List.of("states", "instruments", "acts", "votes", "positions", "sources");
    /** Pages to start from, where the graph describes them. */
    private static final List<Node> STARTS = List.of(Cydip.id("instrument", "budapest-ets185"),
            Cydip.id("instrument", "un-cybercrime-2024"), Cydip.id("instrument", "A-RES-74-247"),
            Cydip.id("instrument", "A-RES-73-27"), Cydip.id("instrument", "A-RES-73-266"),
            Cydip.id("state", "RUS"), Cydip.id("state", "USA"), Cydip.id("state", "CHN"));

    record Count(String key, String value) {}

    private LandingPage() {}

    static Rendered render(PageContext ctx) {
        Map<String, Object> m = ctx.model("landing");
        Table t = COUNTS.run(ctx.dataset(), BindingFactory.empty());
        Map<String, Node> row = t.rows().get(0);
        m.put("counts", COUNTED.stream().map(c -> new Count(c, Table.text(row.get(c)))).toList());
        m.put("countsQuery", QueryView.of(COUNTS, BindingFactory.empty()));
        Cells cells = ctx.cells();
        List<Cell> starts = new ArrayList<>();
        for (Node n : STARTS)
            if (ctx.snapshot().labels.hasLabel(n))
                starts.add(cells.of(n));
        m.put("starts", starts);
        return Rendered.ok(ctx.render("landing", m));
    }
}
