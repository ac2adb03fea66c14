package org.w3id.cydip.replicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.cydip.replicate.Replicas.accept;
import static org.w3id.cydip.replicate.Replicas.awaitApplied;
import static org.w3id.cydip.replicate.Replicas.text;

import java.nio.file.Path;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.curate.Change;
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.testing.CydipTestServer;
import org.w3id.cydip.testing.FixtureProject;
import org.w3id.cydip.testing.ServeProcess;
import org.w3id.cydip.testing.StateEntries;
import org.w3id.cydip.testing.TestClient;

/**
 * A replica in its own JVM, killed ({@code kill -9}) while it applies a large
 * patch, restarts consistent: the patch and its id wholly in its store, or neither.
 */
class ReplicaCrashTest {
    static final int STATES = 1000;
    @TempDir
    Path dir;

    @Test
    void a_replica_killed_mid_apply_restarts_with_the_patch_wholly_applied_or_not_at_all() {
        try (CydipTestServer primary = Replicas.primary(dir.resolve("primary"))) {
            Path project = FixtureProject.create(dir.resolve("project"), FixtureProject.CURATE).root();
            Path store = dir.resolve("replica");
            String big;
            try (ServeProcess replica = follow(primary, project, store, 0)) {
                Replicas.await(replica.client(), Replicas.BOUND, s -> "following".equals(text(s, "state")));
                big = accept(primary, StateEntries.states(STATES));
                var seen = Replicas.await(replica.client(), Replicas.BOUND,
                        s -> big.equals(text(s, "applying")) || big.equals(text(s, "lastApplied")));
                replica.kill();
                LoggerFactory.getLogger(ReplicaCrashTest.class).info("killed the replica {}", 
                        big.equals(text(seen, "lastApplied")) ? "after it applied the patch" : "inside the transaction that applied the patch");
            }

            assertWhollyOrNotAtAll(store, big);
            try (ServeProcess again = follow(primary, project, store, 1)) {
                awaitApplied(again.client(), big);
                assertEquals(4L * STATES, curated(again.client()));
            }
        }
    }

    /** Opens the dead replica's store here: its last change is the big patch exactly when the patch's triples are all there. */
    static void assertWhollyOrNotAtAll(Path store, String big) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(store.toString()));
        try {
            boolean recorded = big.equals(ChangeHead.id(dsg));
            long triples = Txn.calculateRead(dsg, () -> org.apache.jena.atlas.iterator.Iter.count(
                    dsg.find(Change.GRAPH, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY)));
            assertEquals(recorded ? 4L * STATES : 0, triples, "the patch's triples (4 per state) match the recorded change");
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    static ServeProcess follow(CydipTestServer primary, Path project, Path store, int n) {
        return ServeProcess.start(store.resolveSibling("replica-" + n + ".err"), "--home", project.toString(),
                "--store", store.toString(), "--follow", primary.url(""));
    }

    static long curated(TestClient server) {
        try (QueryExecution q = QueryExecution.service(server.url("/cydip/sparql"))
                .query("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/cydip/graph/curated> { ?s ?p ?o } }").build()) {
            return q.execSelect().next().getLiteral("n").getLong();
        }
    }
}
