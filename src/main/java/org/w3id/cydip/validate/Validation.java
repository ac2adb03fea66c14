package org.w3id.cydip.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** SHACL validation of a data graph against cydip's shapes. */
public final class Validation {
    private Validation() {}

    public static Shapes shapes(Graph shapesGraph) {
        return Shapes.parse(shapesGraph);
    }

    /** Validates the whole graph. */
    public static ValidationReport validate(Shapes shapes, Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Validates the whole of a graph that does not change meanwhile (a store's graph
     * inside a read transaction), with the same report as {@link #validate}, on a
     * {@link ValidationView} of it, with the shapes' per-node checks remembered ({@link MemoShapes}).
     */
    public static ValidationReport validateWhole(Shapes shapes, Graph data) {
        return MemoShapes.validate(shapes, new ValidationView(data));
    }

    /**
     * Validates the union graph of a store that does not change meanwhile, with the same
     * report as {@link #validate}, in the caller's thread, in a read transaction. One
     * thread: on two free cores, two threads validated a 5M store in 51.0 s against 39.0 s
     * on one (at 0.5M they were faster), so more threads wait until that is understood.
     */
    public static ValidationReport validateWhole(Shapes shapes, DatasetGraph dsg) {
        return validateWhole(shapes, dsg, 1);
    }

    /**
     * The same on {@code threads} threads, each in a read transaction of its own
     * ({@link WholeValidation}); on one, in the caller's thread.
     */
    public static ValidationReport validateWhole(Shapes shapes, DatasetGraph dsg, int threads) {
        if (threads <= 1)
            return Txn.calculateRead(dsg, () -> MemoShapes.validate(shapes, new ValidationView(dsg)));
        return WholeValidation.validate(shapes, dsg, threads);
    }

    /** True when the report holds no result of severity sh:Violation (warnings allowed). */
    public static boolean hasViolations(ValidationReport report) {
        return report.getEntries().stream().anyMatch(e -> e.severity().level().equals(SHACL.Violation));
    }
}
