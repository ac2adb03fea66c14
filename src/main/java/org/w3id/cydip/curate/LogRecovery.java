package org.w3id.cydip.curate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a change log and its store into agreement at start ({@link ChangeLog#reconcile}):
 * sets aside every patch whose transaction never committed, seals (once) the
 * patches written before patches were sealed, and records the last patch in the
 * store ({@link ChangeHead}) if the store does not say it yet.
 * <p>
 * Which patches committed: when the store names its last change, exactly the
 * chain that ends there; when it does not (a store from before the chain, or one
 * rebuilt and its entries replayed), those whose curated triples are all in the
 * store, as before (an entry only ever adds to the curated graph).
 */
final class LogRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(LogRecovery.class);

    private final Path dir;
    private final DatasetGraph dsg;

    LogRecovery(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Reconciles; returns how many patches were set aside. */
    int run() {
        List<Path> files = PatchFiles.list(dir);
        String head = ChangeHead.id(dsg);
        if (files.isEmpty() && head == null)
            return 0;
        Map<Path, PatchIndex.Link> sealed = new HashMap<>();
        for (Path f : files)
            sealed.put(f, PatchIndex.link(f));
        Set<Path> committed = head != null ? chainTo(head, sealed) : new LinkedHashSet<>();
        List<Path> legacy = new ArrayList<>();
        int setAside = 0;
        for (Path f : files) {
            boolean isSealed = sealed.get(f) != null;
            if (committed.contains(f) || head == null && isSealed && applied(f))
                committed.add(f);
            else if (!isSealed && applied(f))
                legacy.add(f);
            else {
                PatchFiles.setAside(f);
                setAside++;
            }
        }
        if (setAside > 0)
            LOG.warn("{} uncommitted change(s) set aside in {}", setAside, dir);
        PatchIndex.Link tail = inOrder(committed, sealed);
        for (Path f : legacy)
            tail = seal(f, tail);
        if (tail != null && !tail.id().equals(head)) {
            PatchIndex.Link last = tail;
            Txn.executeWrite(dsg, () -> ChangeHead.write(dsg, last.id(), last.time()));
        }
        return setAside;
    }

    /** The files of the chain that ends with {@code head}. */
    private Set<Path> chainTo(String head, Map<Path, PatchIndex.Link> sealed) {
        Set<Path> out = new LinkedHashSet<>();
        try {
            new PatchIndex(dir).chainTo(head).forEach(l -> out.add(l.file()));
        } catch (CurateException e) {
            throw new CurateException("the store holds change " + head + " but its change log cannot show how it got there ("
                    + e.getMessage() + "); restore " + dir + " from a backup: replicas cannot follow a broken chain", e);
        }
        return out;
    }

    /** Checks that the committed sealed patches form one chain from the first; returns its last link. */
    private PatchIndex.Link inOrder(Set<Path> committed, Map<Path, PatchIndex.Link> sealed) {
        Map<String, PatchIndex.Link> next = new HashMap<>();
        for (Path f : committed) {
            PatchIndex.Link l = sealed.get(f);
            if (next.put(l.prev() == null ? "" : l.prev(), l) != null)
                throw new CurateException(dir + ": two committed patches follow " + (l.prev() == null ? "nothing" : l.prev())
                        + "; the change log forks and cannot be published");
        }
        PatchIndex.Link tail = null;
        int length = 0;
        for (PatchIndex.Link l = next.get(""); l != null && length <= committed.size(); l = next.get(l.id())) {
            tail = l;
            length++;
        }
        if (length != committed.size())
            throw new CurateException(dir + ": " + (committed.size() - length) + " committed patch(es) are not on the chain");
        return tail;
    }

    /** Rewrites a patch written before patches were sealed as a sealed one after {@code tail}, under the same name. */
    private PatchIndex.Link seal(Path f, PatchIndex.Link tail) {
        RDFPatch old = PatchFiles.read(f);
        Change c = Change.fromPatch(old);
        SealedPatch p = SealedPatch.seal(tail == null ? null : tail.id(), c.curator(), c.time(), c::addTo);
        PatchFiles.write(f, p.bytes(), true);
        LOG.info("{}: sealed as {} (it was written before patches carried ids and a chain)", f, p.id());
        return new PatchIndex.Link(p.id(), tail == null ? null : tail.id(), c.time(), f);
    }

    /** Are the curated triples of the patch in {@code f} all in the store? False for a file that cannot be read. */
    private boolean applied(Path f) {
        try {
            Change c = Change.fromPatch(PatchFiles.read(f));
            return Txn.calculateRead(dsg, () -> c.added().find()
                    .filterDrop(t -> dsg.contains(Change.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()))
                    .toList().isEmpty());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
