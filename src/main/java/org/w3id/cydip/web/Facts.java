package org.w3id.cydip.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/** A resource's own statements (from its description) as facts: a property and its values. */
final class Facts {
    /** One property of the resource and its values, ready to show. */
    record Fact(Cell property, List<Cell> values) {}

    private final Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
    private final Graph g;
    private final Cells cells;

    private Facts(Graph g, Cells cells) {
        this.g = g;
        this.cells = cells;
    }

    /** The statements about {@code subject} in {@code g}, without its types (shown apart). */
    static Facts of(Graph g, Node subject, Cells cells) {
        Facts f = new Facts(g, cells);
        for (Triple t : g.find(subject, Node.ANY, Node.ANY).toList())
            if (!t.getPredicate().equals(RDF.type.asNode()))
                f.byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        f.byProperty.values().forEach(v -> v.sort(Comparator.comparing(Node::toString)));
        return f;
    }

    /** The facts for {@code properties}, in that order, where the resource has them. */
    List<Fact> pick(Collection<Node> properties) {
        List<Fact> out = new ArrayList<>();
        for (Node p : properties)
            if (byProperty.containsKey(p))
                out.add(fact(p));
        return out;
    }

    /** Every fact but those for {@code shown}, by the properties' labels. */
    List<Fact> rest(Collection<Node> shown) {
        Collator collator = Collator.getInstance(cells.language().locale());
        return byProperty.keySet().stream().filter(p -> !shown.contains(p)).map(this::fact)
                .sorted(Comparator.comparing((Fact f) -> f.property().text(), collator)).toList();
    }

    /** The values of {@code property}, as nodes. */
    List<Node> values(Node property) {
        return byProperty.getOrDefault(property, List.of());
    }

    private Fact fact(Node p) {
        return new Fact(cells.of(p), byProperty.get(p).stream().map(this::value).toList());
    }

    /** A value; a blank node as the text of its own statements ({@code class: State; entities: 198}). */
    private Cell value(Node v) {
        if (!v.isBlank())
            return cells.of(v);
        StringBuilder b = new StringBuilder();
        for (Triple t : g.find(v, Node.ANY, Node.ANY).toList()) {
            if (!b.isEmpty())
                b.append("; ");
            Cell c = t.getObject().isBlank() ? Cells.text("(…)") : cells.of(t.getObject());
            b.append(cells.of(t.getPredicate()).text()).append(": ").append(c.text());
        }
        return Cells.text(b.toString());
    }
}
