package org.w3id.cydip.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Is a node a focus node of a shape? As {@link VLib#isFocusNode}, but a node's
 * classes (its types and their superclasses) are read once per node and each
 * class's superclasses once per check, instead of once per class-targeting shape:
 * on a TDB2 graph every lookup saved is an index probe.
 */
final class FocusMatcher {
    private final Graph data;
    private final Map<Node, Set<Node>> superClasses = new HashMap<>();

    FocusMatcher(Graph data) {
        this.data = data;
    }

    /** The classes of {@code node}: its rdf:types and all their superclasses. */
    Set<Node> classesOf(Node node) {
        Set<Node> out = new HashSet<>();
        data.find(node, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .forEachRemaining(t -> out.addAll(superClassesOf(t)));
        return out;
    }

    boolean isFocusNode(Shape shape, Node node, Set<Node> classes) {
        for (Target t : shape.getTargets()) {
            boolean hit = switch (t.getTargetType()) {
                case targetClass, implicitClass -> classes.contains(t.getObject());
                case targetNode -> t.getObject().equals(node);
                case targetSubjectsOf -> data.contains(node, t.getObject(), Node.ANY);
                case targetObjectsOf -> data.contains(Node.ANY, t.getObject(), node);
                default -> VLib.isFocusNode(t, node, data);
            };
            if (hit)
                return true;
        }
        return false;
    }

    /** {@code c} and everything it is an rdfs:subClassOf, transitively. */
    private Set<Node> superClassesOf(Node c) {
        Set<Node> known = superClasses.get(c);
        if (known != null)
            return known;
        Set<Node> seen = new HashSet<>();
        java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
        todo.add(c);
        while (!todo.isEmpty()) {
            Node x = todo.poll();
            if (seen.add(x))
                data.find(x, RDFS.subClassOf.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(todo::add);
        }
        superClasses.put(c, seen);
        return seen;
    }
}
