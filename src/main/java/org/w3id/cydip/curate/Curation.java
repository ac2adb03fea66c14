package org.w3id.cydip.curate;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.TxnType;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.DataVersion;
import org.w3id.cydip.validate.IncrementalValidation;
import org.w3id.cydip.validate.Validation;

/**
 * Validates entries against the dataset and accepts conforming ones: validation,
 * the change log and the write happen in one write transaction, so an entry is
 * either wholly in the curated graph (and the log) or not at all, and no other
 * entry can slip in between its validation and its acceptance.
 */
public final class Curation {
    private final DatasetGraph dataset;
    private final Shapes shapes;
    private final ChangeLog log;

    /** Accepted entries bump the dataset's {@link DataVersion}, so caches keyed on it drop old results. */
    public Curation(DatasetGraph dataset, Shapes shapes, ChangeLog log) {
        this.dataset = log.recording(dataset);
        this.shapes = shapes;
        this.log = log;
    }

    /** What the entry would do to the graph's conformance; changes nothing. */
    public ValidationReport check(Graph entry) {
        return Txn.calculateRead(dataset, () -> IncrementalValidation.validate(shapes, dataset.getUnionGraph(), entry));
    }

    /**
     * Accepts the entry if graph plus entry conform; otherwise changes nothing.
     * Whatever fails inside the transaction (validation, the change log, the
     * write) aborts it and is thrown as it is: nothing is added.
     */
    public Outcome accept(Graph entry, String curator) {
        dataset.begin(TxnType.WRITE);
        boolean open = true;
        try {
            ValidationReport report = IncrementalValidation.validate(shapes, dataset.getUnionGraph(), entry);
            if (Validation.hasViolations(report)) {
                dataset.abort();
                open = false;
                return new Outcome(report, null, DataVersion.current(dataset));
            }
            Change change = Change.of(curator, newTriples(entry));
            if (!change.added().isEmpty()) {
                change.added().find().forEachRemaining(t -> dataset.add(Change.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
                change = log.append(change);
                FaultPoint.reached(FaultPoint.AFTER_CHANGE_LOG);
            }
            dataset.commit();
            open = false;
            return new Outcome(report, change, change.added().isEmpty() ? DataVersion.current(dataset) : DataVersion.bump(dataset));
        } catch (RuntimeException | Error e) {
            if (open)
                abort(e);
            throw e;
        } finally {
            dataset.end();
        }
    }

    /** The entry's triples that the curated graph does not hold yet. */
    private Graph newTriples(Graph entry) {
        Graph added = GraphFactory.createDefaultGraph();
        entry.find().filterDrop(t -> dataset.contains(Change.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()))
                .forEachRemaining(added::add);
        return added;
    }

    /** Aborts after {@code cause}; a failure to abort is attached to it, not thrown instead of it. */
    private void abort(Throwable cause) {
        try {
            dataset.abort();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** The report, and the change when the entry was accepted (null when rejected). */
    public record Outcome(ValidationReport report, Change change, long dataVersion) {
        public boolean accepted() {
            return change != null;
        }
    }
}
