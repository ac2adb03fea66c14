package org.w3id.cydip.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.w3id.cydip.TestProject;
import org.w3id.cydip.curate.PasswordHash;
import org.w3id.cydip.testing.ListeningSocket;
import org.w3id.cydip.testing.ServeProcess;
import org.w3id.cydip.testing.StateEntries;
import org.w3id.cydip.testing.TestClient;

/**
 * The reliability suite of issue #11 (not a test: run on purpose, loopback only,
 * bounded in count and time; see docs/benchmarks.md). It serves a copy of the real
 * graph as {@code ./cydip serve --timeout 5} would (its own JVM, the launcher's
 * heap and {@code -XX:+ExitOnOutOfMemoryError}) and prints one row per attack with
 * its goal and whether it was met.
 */
public final class ReliabilityBench {
    static final int TIMEOUT_SECONDS = 5;
    /** No request of the suite waits longer for an answer: the suite ends even if the server hangs. */
    static final Duration REQUEST_PATIENCE = Duration.ofSeconds(60);
    static final String[] ALICE = TestClient.basicAuth("alice", "bench");
    private final Path work;
    private final Path curators;
    private final List<ServeProcess> started = new ArrayList<>();
    private final ReliabilityTable table = new ReliabilityTable();
    private ServeProcess server;
    private TestClient client;

    private final List<String> only;

    private ReliabilityBench(Path work, List<String> only) throws Exception {
        this.work = work;
        this.only = only;
        this.curators = work.resolve("curators.txt");
        Files.writeString(curators, "alice:" + PasswordHash.hash("bench".toCharArray(), 1000) + "\n");
    }

    public static void main(String[] args) throws Exception {
        int loadSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        // Further arguments name the steps to run (e.g. "fuzz" "kill -9"), to try one alone; by default all run.
        List<String> only = List.of(args).subList(Math.min(1, args.length), args.length);
        Path work = Files.createTempDirectory("cydip-reliability");
        ReliabilityBench b = new ReliabilityBench(work, only);
        // The whole suite is bounded: past this, it prints what it has and stops.
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(Duration.ofMinutes(20).plusSeconds(loadSeconds).toMillis());
                System.err.println("the suite ran over its time bound; stopping");
                b.table.print();
                b.started.forEach(ServeProcess::kill);
                Runtime.getRuntime().halt(1);
            } catch (InterruptedException done) {
                // the suite ended in time
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            b.server = b.serve();
            b.step("writes", b::writes);
            b.step("adversarial", b::adversarialQueries);
            b.step("p99", b::smallQueriesUnderAttack);
            b.step("ssrf", b::ssrf);
            b.step("bad inputs", b::badInputs);
            b.step("fuzz", () -> b.fuzz(2000));
            b.step("rss", () -> b.peakRss(loadSeconds));
            b.step("kill -9", () -> b.killRounds(3));
            b.table.print();
        } finally {
            watchdog.interrupt();
            b.started.forEach(ServeProcess::kill);
            TestProject.delete(work);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs one step; if it fails, its row says so and the suite goes on (after restarting a dead server). */
    void step(String key, Step s) {
        if (!only.isEmpty() && !only.contains(key))
            return;
        long t0 = System.nanoTime();
        try {
            s.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            table.failed(key, e);
            if (!server.alive())
                server = serve();
        }
        System.err.printf("%s: %.0f s%n", key, (System.nanoTime() - t0) / 1e9);
    }

    ServeProcess serve() {
        ServeProcess p = ServeProcess.start(List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"), Duration.ofMinutes(3),
                work.resolve("server-" + started.size() + ".err"), "--home", Path.of("").toAbsolutePath().toString(),
                "--store", work.resolve("store").toString(), "--curators", curators.toString(),
                "--timeout", Integer.toString(TIMEOUT_SECONDS));
        started.add(p);
        client = new TestClient(p.client().url(""), REQUEST_PATIENCE);
        return p;
    }

    TestClient client() {
        return client;
    }

    void row(String key, String what, String measured, String goal, boolean met) {
        table.row(key, what, measured, goal, met);
    }

    /** The status of the answer, or -1 when there was none (a reset, a timeout). */
    static int status(java.util.function.Supplier<HttpResponse<String>> request) {
        try {
            return request.get().statusCode();
        } catch (RuntimeException noAnswer) {
            return -1;
        }
    }

    static String q(String query) {
        return "/cydip/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    long curated() {
        String body = client().get(q("SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/cydip/graph/curated> { ?s ?p ?o } }"),
                "Accept", "text/csv").body();
        return Long.parseLong(body.lines().skip(1).findFirst().orElse("0").trim());
    }

    /** Unauthenticated writes on every route: none may change the data. */
    void writes() {
        long before = curated();
        String update = "INSERT DATA { GRAPH <https://w3id.org/cydip/graph/curated> { <urn:x> <urn:y> <urn:z> } }";
        String turtle = StateEntries.state("XZZ");
        String[] paths = {"/cydip/sparql", "/cydip/query", "/cydip", "/cydip/update", "/cydip/data", "/cydip/get",
                "/api/entries", "/api/validate", "/id/state/FRA", "/", "/changes", "/dumps/cydip.trig"};
        int tried = 0;
        for (String path : paths)
            for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"})
                for (String[] body : new String[][] {{"application/sparql-update", update}, {"text/turtle", turtle},
                        {"application/x-www-form-urlencoded", "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)}}) {
                    tried++;
                    HttpRequest r = client().request(path, "Content-Type", body[0])
                            .method(method, HttpRequest.BodyPublishers.ofString(body[1])).build();
                    status(() -> client().sendFresh(r));
                }
        for (String path : paths) {
            tried++;
            status(() -> client().get(path + "?update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)));
        }
        long accepted = curated() - before;
        row("writes", "unauthenticated writes on every route", tried + " tried, " + accepted + " triples written", "0 written", accepted == 0);
    }

    /** Each adversarial query must end by the deadline (timeout + 1 s). */
    void adversarialQueries() {
        Map<String, String> attacks = Adversaries.queries();
        double worst = 0;
        String worstName = "";
        for (var a : attacks.entrySet()) {
            long t0 = System.nanoTime();
            int status = status(() -> client().post("/cydip/sparql", "application/sparql-query", a.getValue()));
            double s = (System.nanoTime() - t0) / 1e9;
            System.err.printf("  %-34s %3d  %6.2f s%n", a.getKey(), status, s);
            if (s - TIMEOUT_SECONDS > worst) {
                worst = s - TIMEOUT_SECONDS;
                worstName = a.getKey();
            }
        }
        row("adversarial", "adversarial queries (" + attacks.size() + ")", String.format("worst %.2f s past the timeout%s", Math.max(0, worst),
                worstName.isEmpty() ? "" : " (" + worstName + ")"), "0 s beyond timeout + 1 s", worst <= 1);
    }

    /** p99 of a small canned query while 4 attacks run. */
    void smallQueriesUnderAttack() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService attackers = Executors.newFixedThreadPool(4);
        String attack = Adversaries.queries().get("cartesian product");
        for (int i = 0; i < 4; i++)
            attackers.submit(() -> {
                while (!stop.get())
                    status(() -> client().post("/cydip/sparql", "application/sparql-query", attack));
            });
        Thread.sleep(2000);
        List<Long> micros = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            int status = status(() -> client().get("/api/queries/votes-on-resolution", "Accept", "text/csv"));
            micros.add((System.nanoTime() - t0) / 1000);
            errors += status == 200 ? 0 : 1;
        }
        stop.set(true);
        attackers.shutdown();
        attackers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        micros.sort(null);
        double p99 = micros.get((int) Math.ceil(0.99 * micros.size()) - 1) / 1000.0;
        row("p99", "small canned query while 4 attacks run (300)", String.format("p99 %.1f ms, %d not 200", p99, errors), "p99 < 100 ms", p99 < 100 && errors == 0);
    }

    /** SERVICE and JSON-LD contexts aimed at a local socket: no connection may reach it. */
    void ssrf() {
        try (ListeningSocket target = new ListeningSocket()) {
            List<String> attempts = Adversaries.ssrf(target.url("/sparql"));
            for (String a : attempts)
                if (a.startsWith("{"))
                    status(() -> client().post("/api/validate", "application/ld+json", a));
                else
                    status(() -> client().post("/cydip/sparql", "application/sparql-query", a));
            row("ssrf", "SSRF attempts (SERVICE, JSON-LD @context)", attempts.size() + " tried, " + target.connections() + " connections",
                    "0 connections", target.connections() == 0);
        }
    }

    /** Every malformed input of the issue: 4xx, never 5xx. */
    void badInputs() {
        List<HttpRequest> inputs = Adversaries.badInputs(client());
        int fivexx = 0;
        int none = 0;
        for (HttpRequest r : inputs) {
            int status = status(() -> client().sendFresh(r));
            if (status >= 500 || status < 0) {
                fivexx += status >= 500 ? 1 : 0;
                none += status < 0 ? 1 : 0;
                System.err.println("  " + (status < 0 ? "no answer" : status) + ": " + r.method() + " " + r.uri());
            }
        }
        row("bad inputs", "malformed inputs", inputs.size() + " sent, " + fivexx + " answered 5xx, " + none + " no answer",
                "0 5xx", fivexx == 0 && none == 0);
    }

    /** Seeded random mutations of valid queries and entries: no 5xx, the server stays up. */
    void fuzz(int cases) {
        Random random = new Random(11);
        int fivexx = 0;
        int none = 0;
        for (int i = 0; i < cases; i++) {
            HttpResponse<String> r;
            try {
                r = Adversaries.fuzzCase(client(), random);
            } catch (RuntimeException noAnswer) {
                System.err.println("  fuzz case " + i + ": no answer (" + noAnswer + ")");
                none++;
                continue;
            }
            if (r.statusCode() >= 500) {
                fivexx++;
                System.err.println("  fuzz 5xx: " + r.request().uri() + " " + r.body().lines().findFirst().orElse(""));
            }
        }
        boolean alive = server.alive() && status(() -> client().get("/$/ping")) == 200;
        row("fuzz", "fuzz cases", cases + " sent, " + fivexx + " 5xx, " + none + " no answer, " + (alive ? 0 : 1) + " crashes", "0 5xx, 0 crashes", fivexx == 0 && alive);
    }

    /** Peak resident memory under 64 connections of mixed requests. */
    void peakRss(int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(64);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int c = 0; c < 64; c++) {
            int k = c;
            all.add(CompletableFuture.runAsync(() -> {
                for (int i = 0; System.nanoTime() < end; i++, done.incrementAndGet())
                    Adversaries.mixedRequest(client(), k + i);
            }, pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
        pool.shutdown();
        long kb = Adversaries.peakRssKb(server.pid());
        row("rss", "64 connections for " + seconds + " s (" + done.get() + " requests)", String.format("peak RSS %,d MB", kb / 1024),
                "< 1 GB", kb > 0 && kb < 1024 * 1024);
    }

    /** kill -9 while entries are being accepted: every acknowledged entry is there after the restart ({@link KillRounds}). */
    void killRounds(int rounds) throws Exception {
        new KillRounds(this::client, () -> server.kill(), () -> server = serve(), this::row).run(rounds);
    }
}
