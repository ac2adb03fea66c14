package org.w3id.cydip.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The change log as files {@code DIR/<time>-<id>.rdfp}, one sealed RDF Patch per
 * accepted entry ({@link SealedPatch}: its id is the digest of its body, its
 * {@code prev} the id before it), each forced to disk before the entry's
 * transaction commits. Inside a transaction of {@link #recording} the patch is
 * what the transaction changed, and the store records it as its last change in
 * the same transaction ({@link ChangeHead}). A crash between the patch and the
 * commit leaves a patch the store does not hold; {@link #reconcile} sets such
 * patches aside at the next start, so the log holds exactly the acknowledged entries.
 */
final class FileChangeLog implements ChangeLog {
    static final String SUFFIX = PatchFiles.SUFFIX;

    private final Path dir;
    private final PatchIndex index;
    private PatchRecorder recorder;
    private DatasetGraph store;
    private DatasetGraph view;

    FileChangeLog(Path dir) {
        this.dir = dir;
        this.index = new PatchIndex(dir);
    }

    @Override
    public synchronized DatasetGraph recording(DatasetGraph dsg) {
        if (store != null && store != dsg)
            throw new IllegalStateException(dir + ": a change log records one dataset");
        if (view == null) {
            store = dsg;
            recorder = new PatchRecorder(dsg);
            view = recorder.view();
        }
        return view;
    }

    /**
     * Inside a write transaction of {@link #recording}: logs what the transaction
     * changed, after the store's last change, and records it as the store's last
     * change. Elsewhere (tools, tests): logs the change's curated triples after
     * the last patch of the files.
     */
    @Override
    public Change append(Change change) {
        if (recorder != null && recorder.recording()) {
            RDFPatch changed = recorder.take();
            SealedPatch p = write(ChangeHead.id(store), change, changed::apply);
            ChangeHead.write(store, p.id(), change.time());
            return change.withId(p.digest());
        }
        synchronized (this) {
            PatchIndex.Link tail = index.tail();
            return change.withId(write(tail == null ? null : tail.id(), change, change::addTo).digest());
        }
    }

    private SealedPatch write(String prev, Change change, Consumer<RDFChanges> body) {
        SealedPatch p = SealedPatch.seal(prev, change.curator(), change.time(), body);
        PatchFiles.write(PatchFiles.name(dir, change.time(), p.digest()), p.bytes(), false);
        return p;
    }

    @Override
    public List<Change> changes() {
        List<Change> out = new ArrayList<>();
        for (Path f : PatchFiles.list(dir))
            out.add(Change.fromPatch(PatchFiles.read(f)));
        return out;
    }

    /**
     * Sets aside (renames to {@code .aborted}) every patch the store does not hold,
     * seals patches written before patches were sealed, and records the last patch
     * in the store if it does not say it yet ({@link LogRecovery}). Returns how
     * many were set aside.
     */
    @Override
    public int reconcile(DatasetGraph dsg) {
        return new LogRecovery(dir, dsg).run();
    }
}
