package org.w3id.cydip.replicate;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.curate.SealedPatch;
import org.w3id.cydip.load.DataVersion;

/**
 * Applies one verified patch to a replica's dataset, in one write transaction
 * that also records it as the dataset's last change ({@link ChangeHead}): a crash
 * leaves the patch applied wholly, with its id, or not at all. The patch must
 * follow the change the dataset holds last (never one twice, never out of order)
 * and apply cleanly: one transaction, every add new and every delete of a quad
 * that is there, nothing in the default graph or the version graph. Anything
 * else is {@link ReplicateException.Refused}, and the dataset is left as it was.
 */
public final class PatchApplier {
    private PatchApplier() {}

    /** Applies {@code p}; bumps the data version once it is committed. */
    public static void apply(DatasetGraph dsg, SealedPatch p) {
        dsg.begin(TxnType.WRITE);
        try {
            String last = ChangeHead.id(dsg);
            if (!Objects.equals(p.prev(), last))
                throw new ReplicateException.Refused("change " + p.id() + " follows " + (p.prev() == null ? "no change" : p.prev())
                        + ", but this replica's last change is " + (last == null ? "none" : last)
                        + (p.id().equals(last) ? " (it is applied already)" : "") + ": the chain is broken");
            Clean clean = new Clean(dsg, p.id());
            p.patch().apply(clean);
            clean.finished();
            ChangeHead.write(dsg, p.id(), p.time());
            dsg.commit();
        } catch (RuntimeException | Error e) {
            dsg.abort();
            throw e;
        } finally {
            dsg.end();
        }
        DataVersion.bump(dsg);
    }

    /** The patch's changes, each checked before it is made. */
    private static final class Clean extends RDFChangesBase {
        private final DatasetGraph dsg;
        private final String id;
        private int begun;
        private int committed;

        Clean(DatasetGraph dsg, String id) {
            this.dsg = dsg;
            this.id = id;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            check(g, s, p, o, "adds");
            if (dsg.contains(g, s, p, o))
                throw refused("adds " + str(g, s, p, o) + ", which this replica holds already");
            dsg.add(g, s, p, o);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            check(g, s, p, o, "deletes");
            if (!dsg.contains(g, s, p, o))
                throw refused("deletes " + str(g, s, p, o) + ", which this replica does not hold");
            dsg.delete(g, s, p, o);
        }

        private void check(Node g, Node s, Node p, Node o, String verb) {
            if (begun != 1 || committed != 0)
                throw refused(verb + " " + str(g, s, p, o) + " outside its one transaction");
            if (g == null || Quad.isDefaultGraph(g))
                throw refused(verb + " " + str(g, s, p, o) + " in the default graph, which is the union of the named graphs");
            if (ChangeHead.GRAPH.equals(g))
                throw refused(verb + " " + str(g, s, p, o) + " in " + g.getURI() + ", which only the replica writes");
        }

        void finished() {
            if (begun != 1 || committed != 1)
                throw refused("is not one committed transaction (TX ... TC)");
        }

        @Override
        public void addPrefix(Node gn, String prefix, String uri) {
            dsg.prefixes().add(prefix, uri);
        }

        @Override
        public void deletePrefix(Node gn, String prefix) {
            dsg.prefixes().delete(prefix);
        }

        @Override
        public void txnBegin() {
            begun++;
        }

        @Override
        public void txnCommit() {
            committed++;
        }

        @Override
        public void txnAbort() {
            throw refused("aborts its transaction (TA)");
        }





        private ReplicateException.Refused refused(String what) {
            return new ReplicateException.Refused("change " + id + " " + what + "; not applied");
        }

        private static String str(Node g, Node s, Node p, Node o) {
            return FmtUtils.stringForNode(s) + " " + FmtUtils.stringForNode(p) + " " + FmtUtils.stringForNode(o)
                    + (g == null ? "" : " " + FmtUtils.stringForNode(g));
        }
    }
}
