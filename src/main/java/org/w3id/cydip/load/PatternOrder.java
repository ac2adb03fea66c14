package org.w3id.cydip.load;

import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.PatternElements;
import org.apache.jena.sparql.engine.optimizer.reorder.PatternTriple;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformationSubstitution;
import org.apache.jena.sparql.sse.Item;

/**
 * Orders a basic graph pattern by how many triples each pattern is likely to match
 * in a read copy ({@link TripleCounts}), where Jena's in-memory default
 * ({@code ReorderFixed}) only counts a pattern's fixed terms: with it, the second
 * of two votes of a state, {@code ?v cydip:resolution ?r ; cydip:voter ?state}, is
 * found through the resolution's 193 votes rather than the state's 17. A pattern is
 * weighed by its predicate's triples, narrowed by a subject or object that is given
 * (exactly, for a heavy one) or bound by an earlier pattern (by the average), the
 * two taken as independent. The next pattern is the lightest of those anchored (a
 * given subject or object, a variable bound before, or at most one match), so that no
 * two unconnected patterns are crossed while a connected one is left.
 */
public final class PatternOrder extends ReorderTransformationSubstitution {
    /** The share of its rows a pattern is taken to keep when a FILTER tests a variable it binds. */
    static final double FILTERED = 0.1;

    private final TripleCounts counts;
    private final Set<Var> filtered;

    PatternOrder(TripleCounts counts) {
        this(counts, Set.of());
    }

    private PatternOrder(TripleCounts counts, Set<Var> filtered) {
        this.counts = counts;
        this.filtered = filtered;
    }

    /** The same order for a pattern under a FILTER on {@code vars}: a pattern binding one of them keeps {@link #FILTERED} of its rows. */
    public PatternOrder filtering(Set<Var> vars) {
        return new PatternOrder(counts, Set.copyOf(vars));
    }

    /** The order for patterns matched against {@code g}: null unless it is a read copy's graph. */
    public static PatternOrder of(Graph g) {
        return g instanceof CopyGraph c ? c.order() : null;
    }

    @Override
    protected int chooseNext(List<PatternTriple> patterns) {
        int best = -1;
        double least = Double.MAX_VALUE;
        boolean bestAnchored = false;
        for (int i = 0; i < patterns.size(); i++) {
            PatternTriple pt = patterns.get(i);
            if (pt == null)
                continue;
            double w = weight(pt);
            boolean anchored = w <= 1 || anchored(pt);
            if (best < 0 || anchored && !bestAnchored || anchored == bestAnchored && w < least) {
                best = i;
                least = w;
                bestAnchored = anchored;
            }
        }
        return best;
    }

    private static boolean anchored(PatternTriple pt) {
        return pt.predicate == PatternElements.TERM || !free(pt.subject) || !free(pt.object);
    }

    @Override
    protected double weight(PatternTriple pt) {
        Node p = constant(pt.predicate);
        TripleCounts.Slot slot = p != null ? counts.predicate(p) : counts.all();
        if (slot == null || slot.triples() == 0)
            return 0;
        double n = slot.triples();
        double bySubject = narrowed(pt.subject, slot::withSubject, slot.perSubject(), n);
        double byObject = narrowed(pt.object, slot::withObject, slot.perObject(), n);
        double w = bySubject * byObject / n;
        if (p == null && !free(pt.predicate))
            w /= counts.predicates();
        return bindsFiltered(pt) ? w * FILTERED : w;
    }

    private boolean bindsFiltered(PatternTriple pt) {
        for (Item i : new Item[] {pt.subject, pt.predicate, pt.object})
            if (i.isNode() && Var.isVar(i.getNode()) && filtered.contains(Var.alloc(i.getNode())))
                return true;
        return false;
    }

    private static double narrowed(Item i, ToDoubleFunction<Node> given, double bound, double all) {
        Node c = constant(i);
        if (c != null)
            return given.applyAsDouble(c);
        return free(i) ? all : bound;
    }

    /** The RDF term in {@code i}, if it is one (not a variable, nor a marker). */
    private static Node constant(Item i) {
        return i.isNode() && i.getNode().isConcrete() ? i.getNode() : null;
    }

    /** Is {@code i} a variable not bound by an earlier pattern? */
    private static boolean free(Item i) {
        return i == PatternElements.ANY || i == PatternElements.VAR || i.isNode() && Var.isVar(i.getNode());
    }
}
