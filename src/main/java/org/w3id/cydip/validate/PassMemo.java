package org.w3id.cydip.validate;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.atlas.io.IndentedWriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.ClassConstraint;
import org.apache.jena.shacl.engine.constraint.ConstraintOp;
import org.apache.jena.shacl.engine.constraint.ShAnd;
import org.apache.jena.shacl.engine.constraint.ShNode;
import org.apache.jena.shacl.engine.constraint.ShNot;
import org.apache.jena.shacl.engine.constraint.ShOr;
import org.apache.jena.shacl.engine.constraint.ShXone;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.ConstraintVisitor;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportItem;
import org.apache.jena.sparql.path.Path;

/**
 * A costly constraint that Jena checks one value node at a time ({@code sh:class},
 * {@code sh:node}, {@code sh:or}, {@code sh:and}, {@code sh:not}, {@code sh:xone}),
 * remembering the value nodes that passed it, for one validation of data that does
 * not change meanwhile. Whether a node passes depends on the node and the data only,
 * so a node that passed once (a vote's voter, resolution, source or date, shared by
 * thousands of votes) is not checked again. Every other value node goes to the
 * constraint itself, in the order given, and it reports what it reports without the memo.
 */
final class PassMemo implements Constraint {
    /** Past this many nodes, the memo starts again. */
    static final int MAX_PASSED = 200_000;

    private final Constraint constraint;
    private final Set<Node> passed = new HashSet<>();

    private PassMemo(Constraint constraint) {
        this.constraint = constraint;
    }

    /** The constraint with a memo when it is one of those checked per node, else itself. */
    static Constraint of(Constraint c) {
        boolean perNode = c instanceof ClassConstraint || c instanceof ShNode || c instanceof ShOr || c instanceof ShAnd
                || c instanceof ShNot || c instanceof ShXone;
        return perNode ? new PassMemo(c) : c;
    }

    @Override
    public void validateNodeShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode) {
        if (!passes(vCxt, data, focusNode))
            constraint.validateNodeShape(vCxt, data, shape, focusNode);
    }

    @Override
    public void validatePropertyShape(ValidationContext vCxt, Graph data, Shape shape, Node focusNode, Path path, Set<Node> valueNodes) {
        Set<Node> rest = null;
        for (Node n : valueNodes)
            if (!passes(vCxt, data, n)) {
                if (rest == null)
                    rest = new LinkedHashSet<>();
                rest.add(n);
            }
        if (rest != null)
            constraint.validatePropertyShape(vCxt, data, shape, focusNode, path, rest);
    }

    private boolean passes(ValidationContext vCxt, Graph data, Node n) {
        if (passed.contains(n))
            return true;
        if (check(vCxt, data, n) != null)
            return false;
        if (passed.size() >= MAX_PASSED)
            passed.clear();
        passed.add(n);
        return true;
    }

    /** The constraint's own check of one node, which reports nothing. */
    private ReportItem check(ValidationContext vCxt, Graph data, Node n) {
        return constraint instanceof ClassConstraint c ? c.validate(vCxt, data, n) : ((ConstraintOp) constraint).validate(vCxt, data, n);
    }

    @Override
    public Node getComponent() {
        return constraint.getComponent();
    }

    @Override
    public void visit(ConstraintVisitor visitor) {
        constraint.visit(visitor);
    }

    @Override
    public void print(IndentedWriter out, NodeFormatter nodeFmt) {
        constraint.print(out, nodeFmt);
    }

    @Override
    public void printCompact(IndentedWriter out, NodeFormatter nodeFmt) {
        constraint.printCompact(out, nodeFmt);
    }

    @Override
    public String toString() {
        return constraint.toString();
    }
}
