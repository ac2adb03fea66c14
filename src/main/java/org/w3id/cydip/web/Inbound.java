package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** What points at a resource, grouped by property, each group bounded. */
final class Inbound {
    static final PageQuery QUERY = PageQuery.resource("inbound");
    /** Subjects listed per property; the count says how many there are in all. */
    static final int SHOWN = 100;

    record Group(Cell property, int count, List<Cell> subjects) {}

    private Inbound() {}

    static List<Group> groups(PageContext ctx, Binding self) {
        Table t = QUERY.run(ctx.dataset(), self);
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        for (Map<String, Node> row : t.rows())
            byProperty.computeIfAbsent(row.get("property"), k -> new ArrayList<>()).add(row.get("subject"));
        Cells cells = ctx.cells();
        List<Group> out = new ArrayList<>();
        byProperty.forEach((p, subjects) -> out.add(new Group(cells.of(p), subjects.size(),
                subjects.stream().limit(SHOWN).map(cells::of).toList())));
        return out;
    }
}
