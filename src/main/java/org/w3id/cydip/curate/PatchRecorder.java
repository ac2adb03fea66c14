package org.w3id.cydip.curate;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector.RDFPatchStored;
import org.apache.jena.rdfpatch.system.DatasetGraphChanges;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a write transaction changes in a dataset, as Jena's {@link DatasetGraphChanges}
 * reports it: every add of a quad that is not there yet and every delete of one
 * that is (so the record applies cleanly to a copy of the dataset as it was), per
 * thread, since a transaction belongs to its thread. {@link #take()} hands the
 * changes so far to the log; a transaction that changes anything not taken is
 * refused at commit, so nothing reaches the dataset that the log does not hold.
 */
final class PatchRecorder extends RDFChangesBase {
    private final DatasetGraph base;
    private final ThreadLocal<RDFChangesCollector> current = new ThreadLocal<>();

    PatchRecorder(DatasetGraph base) {
        this.base = base;
    }

    /** {@code base} seen through this recorder: write entries through it. */
    DatasetGraph view() {
        return new DatasetGraphChanges(base, this);
    }

    /** Is this thread inside a write transaction of the view? */
    boolean recording() {
        return current.get() != null;
    }

    /** The changes this thread's transaction made since it began or since the last take. */
    RDFPatch take() {
        RDFChangesCollector c = collector();
        RDFPatch taken = c.getRDFPatch();
        c.reset();
        return taken;
    }

    private RDFChangesCollector collector() {
        RDFChangesCollector c = current.get();
        if (c == null)
            throw new IllegalStateException("not in a write transaction of the recorded dataset");
        return c;
    }

    @Override
    public void txnBegin() {
        current.set(new RDFChangesCollector());
    }

    @Override
    public void txnCommit() {
        RDFChangesCollector c = collector();
        current.remove();
        if (!((RDFPatchStored) c.getRDFPatch()).getActions().isEmpty())
            throw new CurateException("the transaction changed the dataset without logging the change: refused");
    }

    @Override
    public void txnAbort() {
        current.remove();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        if (!base.contains(g, s, p, o))
            collector().add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        if (base.contains(g, s, p, o))
            collector().delete(g, s, p, o);
    }

    @Override
    public void addPrefix(Node gn, String prefix, String uriStr) {
        collector().addPrefix(gn, prefix, uriStr);
    }

    @Override
    public void deletePrefix(Node gn, String prefix) {
        collector().deletePrefix(gn, prefix);
    }




}
