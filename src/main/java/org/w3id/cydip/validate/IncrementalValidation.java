package org.w3id.cydip.validate;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDFS;

/**
 * Validates an entry against an existing graph without re-validating the whole
 * graph. The data graph is a {@link Union} view of the graph and the entry (no
 * copy); only the nodes whose results the entry can change are validated, each
 * against the shapes that target it in that view:
 * <ul>
 * <li>the subjects of the entry's triples (new properties, new types);</li>
 * <li>the objects of the entry's triples, against the shapes that target
 * objects (e.g. {@code sh:targetObjectsOf cydip:source}): nothing else about
 * them changes;</li>
 * <li>the nodes of the graph that point to the entry's subjects (their
 * {@code sh:class} checks see the types the entry adds).</li>
 * </ul>
 * This is exact for shapes whose paths are single predicates and whose nested
 * shapes look at the value node itself, as cydip's do. When that cannot be relied
 * on (a shape with a complex path or a SPARQL target, or an entry that changes the
 * class hierarchy),
 * the whole view is validated instead.
 */
public final class IncrementalValidation {
    private IncrementalValidation() {}

    /** The validation report of {@code base} plus {@code entry}, for what the entry touches. */
    public static ValidationReport validate(Shapes shapes, Graph base, Graph entry) {
        Graph data = new Union(base, entry);
        if (!isLocal(shapes, entry))
            return Validation.validate(shapes, data);
        ValidationContext cxt = ValidationContext.create(shapes, data);
        Collection<Shape> all = shapes.getTargetShapes();
        List<Shape> byObject = all.stream().filter(IncrementalValidation::targetsObjects).toList();
        FocusMatcher focus = new FocusMatcher(data);
        Set<Node> nodes = nodesToRevalidate(base, entry);
        for (Node node : nodes)
            validateNode(cxt, data, focus, all, node);
        // An object that is neither a subject of the entry nor pointing at one keeps
        // its own properties and types; only shapes that target objects can newly reach it.
        entry.find().mapWith(Triple::getObject).filterDrop(nodes::contains).toSet()
                .forEach(o -> validateNode(cxt, data, focus, byObject, o));
        return cxt.generateReport();
    }

    private static void validateNode(ValidationContext cxt, Graph data, FocusMatcher focus, Collection<Shape> shapes,
            Node node) {
        Set<Node> classes = focus.classesOf(node);
        for (Shape shape : shapes)
            if (focus.isFocusNode(shape, node, classes))
                VLib.validateShape(cxt, data, shape, node);
    }

    /** The entry's subjects, and the graph's nodes that point to them (their sh:class checks see added types). */
    static Set<Node> nodesToRevalidate(Graph base, Graph entry) {
        Set<Node> subjects = new LinkedHashSet<>();
        entry.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        Set<Node> nodes = new LinkedHashSet<>(subjects);
        for (Node s : subjects)
            base.find(Node.ANY, Node.ANY, s).mapWith(Triple::getSubject).forEachRemaining(nodes::add);
        return nodes;
    }

    private static boolean targetsObjects(Shape shape) {
        return shape.getTargets().stream().anyMatch(t -> t.getTargetType() == TargetType.targetObjectsOf
                || t.getTargetType() == TargetType.targetNode);
    }

    /** Can the entry's effect be bounded to its neighbourhood? */
    static boolean isLocal(Shapes shapes, Graph entry) {
        if (entry.contains(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY))
            return false;
        boolean sparqlTargets = shapes.getTargetShapes().stream().flatMap(sh -> sh.getTargets().stream())
                .anyMatch(t -> t.getTargetType() == TargetType.targetExtension);
        if (sparqlTargets)
            return false;
        Graph sg = shapes.getGraph();
        return sg.find(Node.ANY, SHACL.path, Node.ANY).filterKeep(t -> !t.getObject().isURI()).toList().isEmpty();
    }
}
