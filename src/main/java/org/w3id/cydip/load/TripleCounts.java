package org.w3id.cydip.load;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * How many triples a graph has per predicate: in all, per subject and per object on
 * average, and exactly for the subjects and objects with at least {@link #HEAVY}
 * (a resolution's votes, a class's members). Counted once, when a read copy is made;
 * {@link PatternOrder} orders a query's triple patterns by them.
 */
final class TripleCounts {
    /** Subjects and objects with at least this many triples of one predicate are counted exactly. */
    static final int HEAVY = 8;

    /** The triples of one predicate (or of all). */
    record Slot(long triples, int subjects, int objects, Map<Node, Integer> heavySubjects, Map<Node, Integer> heavyObjects) {
        double perSubject() {
            return subjects == 0 ? 0 : (double) triples / subjects;
        }

        double perObject() {
            return objects == 0 ? 0 : (double) triples / objects;
        }

        double withSubject(Node s) {
            Integer n = heavySubjects.get(s);
            return n != null ? n : Math.min(perSubject(), HEAVY - 1);
        }

        double withObject(Node o) {
            Integer n = heavyObjects.get(o);
            return n != null ? n : Math.min(perObject(), HEAVY - 1);
        }
    }

    private final Map<Node, Slot> byPredicate;
    private final Slot all;

    private TripleCounts(Map<Node, Slot> byPredicate, Slot all) {
        this.byPredicate = byPredicate;
        this.all = all;
    }

    /** The triples of predicate {@code p}; null when the graph has none. */
    Slot predicate(Node p) {
        return byPredicate.get(p);
    }

    /** All triples, with averages only. */
    Slot all() {
        return all;
    }

    int predicates() {
        return Math.max(1, byPredicate.size());
    }

    static TripleCounts of(Graph g) {
        Map<Node, Map<Node, Integer>> subjects = new HashMap<>();
        Map<Node, Map<Node, Integer>> objects = new HashMap<>();
        Map<Node, Boolean> allSubjects = new HashMap<>();
        Map<Node, Boolean> allObjects = new HashMap<>();
        long n = 0;
        for (var it = g.find(); it.hasNext(); n++) {
            Triple t = it.next();
            subjects.computeIfAbsent(t.getPredicate(), p -> new HashMap<>()).merge(t.getSubject(), 1, Integer::sum);
            objects.computeIfAbsent(t.getPredicate(), p -> new HashMap<>()).merge(t.getObject(), 1, Integer::sum);
            allSubjects.put(t.getSubject(), true);
            allObjects.put(t.getObject(), true);
        }
        Map<Node, Slot> slots = new HashMap<>();
        subjects.forEach((p, bySubject) -> {
            Map<Node, Integer> byObject = objects.get(p);
            long triples = bySubject.values().stream().mapToLong(Integer::longValue).sum();
            slots.put(p, new Slot(triples, bySubject.size(), byObject.size(), heavy(bySubject), heavy(byObject)));
        });
        return new TripleCounts(slots, new Slot(n, allSubjects.size(), allObjects.size(), Map.of(), Map.of()));
    }

    private static Map<Node, Integer> heavy(Map<Node, Integer> counts) {
        Map<Node, Integer> m = new HashMap<>();
        counts.forEach((node, c) -> {
            if (c >= HEAVY)
                m.put(node, c);
        });
        return m;
    }
}
