package org.w3id.cydip.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.PasswordHash;
import org.w3id.cydip.replicate.Replicas;
import org.w3id.cydip.testing.ServeProcess;
import org.w3id.cydip.testing.StateEntries;
import org.w3id.cydip.testing.TestClient;

/**
 * Replication on the real graph, each server a JVM of its own (not a test; run on
 * purpose, see docs/benchmarks.md): the lag of two replicas under a stream of
 * entries, against the peer "the primary's own time to accept an entry" (the POST),
 * and the catch-up of a replica that was down while the primary accepted 100
 * entries, against the peer "a new replica built from scratch" (the dump),
 * measured in the same run.
 */
public final class ReplicationBench {
    private static final String[] ALICE = TestClient.basicAuth("alice", "bench");
    /** A source document of the real graph, for the entries to cite. */
    private static final String SOURCE = "https://w3id.org/cydip/id/source/00112c2dd182ef97";
    private final Path work;
    private final Path project = Path.of("").toAbsolutePath();
    private final List<ServeProcess> started = new ArrayList<>();
    private int next;

    private ReplicationBench(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int stream = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long gapMillis = args.length > 1 ? Long.parseLong(args[1]) : 100;
        int down = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        Path work = Files.createTempDirectory("cydip-replication-bench");
        ReplicationBench b = new ReplicationBench(work);
        try {
            b.run(stream, gapMillis, down);
        } finally {
            b.started.forEach(ServeProcess::kill);
            TestProject.delete(work);
        }
    }

    private void run(int stream, long gapMillis, int down) throws Exception {
        Path curators = work.resolve("curators.txt");
        Files.writeString(curators, "alice:" + PasswordHash.hash("bench".toCharArray(), 1000) + "\n");
        TestClient primary = serve("primary", "--store", work.resolve("primary").toString(), "--curators", curators.toString());
        String url = primary.url("");
        TestClient r1 = serve("replica1", "--store", work.resolve("replica1").toString(), "--follow", url);
        TestClient r2 = serve("replica2", "--store", work.resolve("replica2").toString(), "--follow", url);
        System.out.printf("%d cores; primary and 2 replicas on the real graph, each a JVM, %s%n",
                Runtime.getRuntime().availableProcessors(), java.time.Instant.now());
        lag(primary, List.of(r1, r2), stream, gapMillis);
        catchUp(primary, url, down);
    }

    /** Entries every {@code gapMillis}; each replica's lag is from the primary's 201 to the replica's status naming the change. */
    private void lag(TestClient primary, List<TestClient> replicas, int n, long gapMillis) throws Exception {
        accept(primary); // warm the primary and both replicas on one entry first
        for (TestClient r : replicas)
            awaitApplied(r, newest(primary));
        List<String> ids = new ArrayList<>();
        Map<String, Long> acked = new ConcurrentHashMap<>();
        List<Map<String, Long>> seen = new ArrayList<>();
        List<Thread> pollers = new ArrayList<>();
        AtomicBoolean done = new AtomicBoolean();
        for (TestClient r : replicas) {
            Map<String, Long> s = new ConcurrentHashMap<>();
            seen.add(s);
            Thread t = new Thread(() -> {
                while (!done.get()) {
                    String last = Replicas.text(Replicas.status(r), "lastApplied");
                    long now = System.nanoTime();
                    synchronized (ids) {
                        for (int i = ids.indexOf(last); i >= 0 && !s.containsKey(ids.get(i)); i--)
                            s.put(ids.get(i), now);
                    }
                    sleep(5);
                }
            });
            t.start();
            pollers.add(t);
        }
        double[] accept = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            String id = accept(primary);
            long t1 = System.nanoTime();
            synchronized (ids) {
                ids.add(id);
            }
            acked.put(id, t1);
            accept[i] = (t1 - t0) / 1e6;
            sleep(gapMillis);
        }
        for (TestClient r : replicas)
            awaitApplied(r, ids.getLast());
        sleep(50);
        done.set(true);
        for (Thread t : pollers)
            t.join();
        double acceptMedian = median(accept);
        System.out.printf("stream of %d entries, one every %d ms: primary accepts an entry (POST to 201) in median %.1f ms, p90 %.1f ms%n",
                n, gapMillis, acceptMedian, percentile(accept, 90));
        for (int r = 0; r < replicas.size(); r++) {
            double[] lag = new double[n];
            for (int i = 0; i < n; i++)
                lag[i] = Math.max(0, (seen.get(r).get(ids.get(i)) - acked.get(ids.get(i))) / 1e6);
            System.out.printf("  replica%d lag (201 on the primary to the change named by /$/status, 5 ms polls): median %.1f ms, p90 %.1f ms, max %.1f ms;"
                    + " ratio median lag / median accept %.2f%n", r + 1, median(lag), percentile(lag, 90), max(lag), median(lag) / acceptMedian);
        }
    }

    /** A replica down while the primary accepts {@code n} entries: its restart and catch-up against a new replica from scratch. */
    private void catchUp(TestClient primary, String url, int n) {
        ServeProcess r2 = started.get(2);
        r2.kill();
        for (int i = 0; i < n; i++)
            accept(primary);
        String head = newest(primary);
        long t0 = System.nanoTime();
        TestClient back = serve("replica2-again", "--store", work.resolve("replica2").toString(), "--follow", url);
        long listening = System.nanoTime();
        awaitApplied(back, head);
        long caughtUp = System.nanoTime();
        long f0 = System.nanoTime();
        TestClient fresh = serve("replica3-fresh", "--store", work.resolve("replica3").toString(), "--follow", url);
        long freshListening = System.nanoTime();
        awaitApplied(fresh, head);
        long freshDone = System.nanoTime();
        System.out.printf("catch-up after %d entries down: restart to listening %.0f ms, then to the primary's newest change %.0f ms; total %.0f ms%n",
                n, (listening - t0) / 1e6, (caughtUp - listening) / 1e6, (caughtUp - t0) / 1e6);
        System.out.printf("  peer, a new replica from the primary's dump: to listening %.0f ms, to the newest change %.0f ms; total %.0f ms%n",
                (freshListening - f0) / 1e6, (freshDone - freshListening) / 1e6, (freshDone - f0) / 1e6);
        System.out.printf("  ratio catch-up / new replica: %.2f%n", (double) (caughtUp - t0) / (freshDone - f0));
    }

    private TestClient serve(String name, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = project.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        ServeProcess p = ServeProcess.start(Duration.ofMinutes(10), work.resolve(name + ".err"), all);
        started.add(p);
        return p.client();
    }

    private String accept(TestClient primary) {
        var r = primary.post("/api/entries", "text/turtle", StateEntries.state(StateEntries.code(next++), SOURCE), ALICE);
        if (r.statusCode() != 201)
            throw new IllegalStateException("entry refused: " + r.body());
        return newest(primary);
    }

    private static String newest(TestClient primary) {
        return Replicas.text(Replicas.status(primary), "newest");
    }

    private static void awaitApplied(TestClient replica, String id) {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (!id.equals(Replicas.text(Replicas.status(replica), "lastApplied"))) {
            if (System.nanoTime() > deadline)
                throw new IllegalStateException("not caught up in 10 minutes: " + Replicas.status(replica));
            sleep(5);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] xs) {
        return percentile(xs, 50);
    }

    private static double percentile(double[] xs, int p) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100.0 * s.length) - 1)];
    }

    private static double max(double[] xs) {
        return Arrays.stream(xs).max().orElse(0);
    }
}
