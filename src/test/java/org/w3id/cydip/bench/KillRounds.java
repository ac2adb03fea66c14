package org.w3id.cydip.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.w3id.cydip.testing.StateEntries;
import org.w3id.cydip.testing.TestClient;

/**
 * The kill -9 rounds of {@link ReliabilityBench}: four curators post new states
 * continuously, the server is killed once 40 are acknowledged (at most 60 s) and
 * restarted on the same store; every acknowledged entry must be there.
 */
final class KillRounds {
    interface Row {
        void row(String key, String what, String measured, String goal, boolean met);
    }

    private final Supplier<TestClient> client;
    private final Runnable kill;
    private final Runnable restart;
    private final Row row;

    KillRounds(Supplier<TestClient> client, Runnable kill, Runnable restart, Row row) {
        this.client = client;
        this.kill = kill;
        this.restart = restart;
        this.row = row;
    }

    void run(int rounds) throws Exception {
        String source = aSource();
        int acknowledged = 0;
        int lost = 0;
        AtomicInteger next = new AtomicInteger();
        for (int round = 0; round < rounds; round++) {
            List<String> acked = Collections.synchronizedList(new ArrayList<>());
            Map<Integer, Integer> refused = new ConcurrentHashMap<>();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++)
                pool.submit(() -> {
                    TestClient c = client.get();
                    while (!stop.get() && next.get() < StateEntries.CODES) {
                        String code = StateEntries.code(next.getAndIncrement());
                        int status = ReliabilityBench.status(() -> c.post("/api/entries", "text/turtle", StateEntries.state(code, source), ReliabilityBench.ALICE));
                        if (status == 201)
                            acked.add(code);
                        else
                            refused.merge(status, 1, Integer::sum);
                    }
                });
            // Killed while entries are being accepted: after some are acknowledged (at most 60 s).
            long until = System.nanoTime() + 60_000_000_000L;
            while (acked.size() < 40 && System.nanoTime() < until)
                Thread.sleep(50);
            kill.run();
            stop.set(true);
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
            System.err.printf("  round %d: %d acknowledged, others (status: count) %s%n", round + 1, acked.size(), refused);
            restart.run();
            acknowledged += acked.size();
            for (String code : List.copyOf(acked))
                if (!client.get().get(ReliabilityBench.q("ASK { <https://w3id.org/cydip/id/state/" + code + "> ?p ?o }"), "Accept", "text/csv")
                        .body().contains("true"))
                    lost++;
        }
        row.row("kill -9", "kill -9 rounds (" + rounds + ")", acknowledged + " entries acknowledged, " + lost + " lost", "0 lost",
                lost == 0 && acknowledged > 0);
    }

    /** A source document of the graph, for entries to cite (the fixture's is not in the real graph). */
    private String aSource() {
        String csv = client.get().get(ReliabilityBench.q("SELECT ?s { ?s a <https://w3id.org/cydip/ontology#SourceDocument> } ORDER BY ?s LIMIT 1"),
                "Accept", "text/csv").body();
        return csv.lines().skip(1).findFirst().orElseThrow().trim();
    }
}
