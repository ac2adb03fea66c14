package org.w3id.cydip.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cydip.vocab.Cydip;

/**
 * Does a parameter value name something in the graph? A value is looked for where
 * the query uses it: as the object (or subject) of a triple pattern with a fixed
 * predicate ({@code ?r cydip:symbol ?_resolution}); a state code used only in a
 * FILTER as a {@code cydip:iso3}; an IRI used only in a FILTER as anything described.
 * The graph looked in is the default graph (the union of the named graphs in a store).
 * When it names nothing, a {@link NoSuchValueException} gives the nearest that do.
 */
final class Referents {
    /** Where a parameter is used: a predicate and whether the value is the object; null predicate: any subject. */
    private record Use(Node predicate, boolean asObject) {}

    private Referents() {}

    /** Checks each value the caller gave ({@code given}) as bound in {@code binding}. */
    static void check(DatasetGraph dsg, CannedQuery q, Map<String, String> given, Binding binding) {
        for (Parameter p : q.parameters()) {
            Node value = binding.get(p.var());
            if (value == null || !given.containsKey(p.name()) || !p.allowed().isEmpty())
                continue;
            List<Use> uses = uses(q, p);
            if (!uses.isEmpty() && Txn.calculateRead(dsg, () -> !named(dsg.getDefaultGraph(), value, uses)))
                throw new NoSuchValueException("parameter \"" + p.name() + "\": " + FmtUtils.stringForNode(value)
                        + " names nothing in the graph" + nearest(dsg, value, uses));
        }
    }

    private static List<Use> uses(CannedQuery q, Parameter p) {
        List<Use> uses = new ArrayList<>();
        Var v = p.var();
        ElementWalker.walk(q.query().getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                for (TriplePath t : el.getPattern().getList())
                    if (t.isTriple() && t.getPredicate().isURI() && (v.equals(t.getObject()) || v.equals(t.getSubject())))
                        uses.add(new Use(t.getPredicate(), v.equals(t.getObject())));
            }
        });
        if (uses.isEmpty() && p.type() == ParameterType.ISO3)
            uses.add(new Use(Cydip.iso3, true));
        if (uses.isEmpty() && p.type() == ParameterType.IRI)
            uses.add(new Use(null, false));
        return uses;
    }

    private static boolean named(Graph g, Node value, List<Use> uses) {
        for (Use u : uses) {
            boolean found = u.predicate() == null ? g.contains(value, Node.ANY, Node.ANY)
                    : u.asObject() ? g.contains(Node.ANY, u.predicate(), value) : g.contains(value, u.predicate(), Node.ANY);
            if (found)
                return true;
        }
        return false;
    }

    private static String nearest(DatasetGraph dsg, Node value, List<Use> uses) {
        String wanted = value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
        List<String> near = Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getDefaultGraph();
            Stream<Node> candidates = uses.stream().flatMap(u -> candidates(g, u));
            return Nearest.to(wanted, candidates.filter(n -> n.isLiteral() || n.isURI())
                    .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI()));
        });
        return near.isEmpty() ? "" : "; the nearest that do: " + String.join(", ", near);
    }

    private static Stream<Node> candidates(Graph g, Use u) {
        if (u.predicate() == null)
            return g.find(Node.ANY, RDF.Nodes.type, Node.ANY).mapWith(t -> t.getSubject()).toList().stream();
        return g.find(Node.ANY, u.predicate(), Node.ANY).mapWith(t -> u.asObject() ? t.getObject() : t.getSubject())
                .toList().stream();
    }
}
