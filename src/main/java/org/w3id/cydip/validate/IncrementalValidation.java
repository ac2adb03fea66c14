package org.w3id.cydip.validate;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;

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
 * on (a shape with a complex path or a SPARQL target, or a property shape with a
 * SPARQL constraint), the whole view is validated instead. An entry that would
 * change the ontology or the shapes is not validated at all: it gets a violation
 * per schema triple ({@link SchemaChange}).
 * <p>
 * A SPARQL constraint on a node shape (e.g. one state per ISO3 code) may depend
 * on other nodes. The entry's nodes are checked against it over graph plus
 * entry, which finds the duplicate an entry adds; the node a result names as its
 * {@code sh:value} (the existing state or vote) is then checked against the same
 * shape, so that its side of the conflict is reported as in a full validation.
 * That is exact for constraints that report the conflicting node as the value,
 * as cydip's uniqueness shapes do.
 */
public final class IncrementalValidation {
    private IncrementalValidation() {}

    /** The validation report of {@code base} plus {@code entry}, for what the entry touches. */
    public static ValidationReport validate(Shapes shapes, Graph base, Graph entry) {
        List<Triple> schema = SchemaChange.in(entry);
        if (!schema.isEmpty())
            return SchemaChange.report(schema);
        Graph data = new Union(base, entry);
        if (!isLocal(shapes))
            return Validation.validateWhole(shapes, data);
        return validateTouched(shapes, data, nodesToRevalidate(base, entry), entry);
    }

    /**
     * The validation report of {@code base} without {@code removed} and with {@code added}
     * (a data file changed), for the nodes the change touches, found as for an entry and
     * for the subjects of the removed triples too (a removed triple can break a
     * {@code sh:minCount} of its subject or an {@code sh:class} of those pointing at it).
     * A change that touches the schema (a data file with class axioms) is validated whole.
     */
    public static ValidationReport validate(Shapes shapes, Graph base, Graph added, Graph removed) {
        Graph data = new Union(new Difference(base, removed), added);
        if (!isLocal(shapes) || !SchemaChange.in(added).isEmpty() || !SchemaChange.in(removed).isEmpty())
            return Validation.validateWhole(shapes, data);
        Set<Node> subjects = new LinkedHashSet<>();
        added.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        removed.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        Set<Node> nodes = new LinkedHashSet<>(subjects);
        for (Node s : subjects)
            data.find(Node.ANY, Node.ANY, s).mapWith(Triple::getSubject).forEachRemaining(nodes::add);
        return validateTouched(shapes, data, nodes, added);
    }

    /** Validates {@code nodes} against every shape that targets them, and the objects of {@code added} against object targets. */
    private static ValidationReport validateTouched(Shapes shapes, Graph data, Set<Node> nodes, Graph added) {
        ValidationContext cxt = ValidationContext.create(shapes, data);
        Collection<Shape> all = shapes.getTargetShapes();
        List<Shape> byObject = all.stream().filter(IncrementalValidation::targetsObjects).toList();
        FocusMatcher focus = new FocusMatcher(data);
        Set<Checked> checked = new HashSet<>();
        for (Node node : nodes)
            validateNode(cxt, data, focus, all, node, checked);
        // An object that is neither a subject of the change nor pointing at one keeps
        // its own properties and types; only shapes that target objects can newly reach it.
        added.find().mapWith(Triple::getObject).filterDrop(nodes::contains).toSet()
                .forEach(o -> validateNode(cxt, data, focus, byObject, o, checked));
        return withNamedNodes(cxt, data, focus, checked);
    }

    /** A node validated against a shape. */
    private record Checked(Node shape, Node node) {}

    private static void validateNode(ValidationContext cxt, Graph data, FocusMatcher focus, Collection<Shape> shapes,
            Node node, Set<Checked> checked) {
        Set<Node> classes = focus.classesOf(node);
        for (Shape shape : shapes)
            if (focus.isFocusNode(shape, node, classes)) {
                VLib.validateShape(cxt, data, shape, node);
                checked.add(new Checked(shape.getShapeNode(), node));
            }
    }

    /**
     * The report of {@code cxt}, plus the results of the nodes that SPARQL-constraint
     * results name as their value, checked against the same shape, until no new node is named.
     */
    private static ValidationReport withNamedNodes(ValidationContext cxt, Graph data, FocusMatcher focus,
            Set<Checked> checked) {
        Map<Node, Shape> sparqlShapes = new HashMap<>();
        cxt.getShapes().getTargetShapes().stream().filter(IncrementalValidation::hasSparql)
                .forEach(sh -> sparqlShapes.put(sh.getShapeNode(), sh));
        ValidationReport report = cxt.generateReport();
        if (sparqlShapes.isEmpty())
            return report;
        ValidationReport.Builder out = ValidationReport.create();
        out.addPrefixes(cxt.getShapesGraph().getPrefixMapping());
        Deque<ReportEntry> todo = new ArrayDeque<>(report.getEntries());
        while (!todo.isEmpty()) {
            ReportEntry e = todo.poll();
            out.addReportEntry(e);
            Shape shape = sparqlShapes.get(e.source());
            Node named = e.value();
            if (shape == null || named == null || named.isLiteral()
                    || !checked.add(new Checked(shape.getShapeNode(), named))
                    || !focus.isFocusNode(shape, named, focus.classesOf(named)))
                continue;
            ValidationContext more = ValidationContext.create(cxt.getShapes(), data);
            VLib.validateShape(more, data, shape, named);
            todo.addAll(more.generateReport().getEntries());
        }
        return out.build();
    }

    private static boolean hasSparql(Shape shape) {
        return shape.getConstraints().stream().anyMatch(c -> c instanceof SparqlConstraint);
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

    /** Can an entry's effect be bounded to its neighbourhood, given these shapes? (Entries cannot change the schema.) */
    static boolean isLocal(Shapes shapes) {
        boolean sparqlTargets = shapes.getTargetShapes().stream().flatMap(sh -> sh.getTargets().stream())
                .anyMatch(t -> t.getTargetType() == TargetType.targetExtension);
        if (sparqlTargets)
            return false;
        boolean sparqlOnProperties = shapes.getTargetShapes().stream().flatMap(sh -> sh.getPropertyShapes().stream())
                .anyMatch(IncrementalValidation::hasSparql);
        if (sparqlOnProperties)
            return false;
        Graph sg = shapes.getGraph();
        return sg.find(Node.ANY, SHACL.path, Node.ANY).filterKeep(t -> !t.getObject().isURI()).toList().isEmpty();
    }
}
