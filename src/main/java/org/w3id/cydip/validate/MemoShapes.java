package org.w3id.cydip.validate;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.NodeShape;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;

/**
 * Copies of the shapes for one validation of data that does not change meanwhile, with
 * the same nodes, severities, messages, targets, paths and property shapes, whose
 * per-node constraints remember what passed ({@link PassMemo}). Shapes reached
 * through {@code sh:node} and the like are Jena's own. One thread's.
 */
final class MemoShapes {
    private final Map<Shape, Shape> copies = new IdentityHashMap<>();
    private final Set<Shape> copying = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Validates the whole of {@code data} as Jena's plain validation does (shape by shape,
     * each shape's focus nodes in the order of its set), with the same report.
     */
    static ValidationReport validate(Shapes shapes, Graph data) {
        ValidationContext cxt = ValidationContext.create(shapes, data);
        MemoShapes memo = new MemoShapes();
        for (Shape shape : shapes.getTargetShapes()) {
            Shape copy = memo.of(shape);
            for (Node focus : FocusNodes.of(data, shape))
                VLib.validateShape(cxt, data, copy, focus);
        }
        return cxt.generateReport();
    }

    /** The copy of {@code shape} (a shape being copied, reached again through a cycle, is its own). */
    Shape of(Shape shape) {
        Shape copy = copies.get(shape);
        if (copy != null)
            return copy;
        if (!copying.add(shape))
            return shape;
        copy = copy(shape);
        copying.remove(shape);
        copies.put(shape, copy);
        return copy;
    }

    private Shape copy(Shape s) {
        List<Constraint> constraints = s.getConstraints().stream().map(PassMemo::of).toList();
        List<PropertyShape> properties = s.getPropertyShapes().stream().map(p -> (PropertyShape) of(p)).toList();
        if (s instanceof PropertyShape p)
            return new PropertyShape(p.getShapeGraph(), p.getShapeNode(), p.deactivated(), p.getSeverity(), p.getMessages(),
                    p.getTargets(), p.getPath(), constraints, properties);
        if (s instanceof NodeShape)
            return new NodeShape(s.getShapeGraph(), s.getShapeNode(), s.deactivated(), s.getSeverity(), s.getMessages(),
                    s.getTargets(), constraints, properties);
        return s;
    }
}
