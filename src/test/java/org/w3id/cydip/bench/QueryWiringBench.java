package org.w3id.cydip.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.ReadCopy;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.query.CannedQuery;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.query.QueryRunner;
import org.w3id.cydip.query.ResultFormat;
import org.w3id.cydip.server.Limits;

/**
 * Why a canned query is slow: every canned query (defaults bound, results written as
 * SPARQL JSON) on the same graph behind different dataset wirings, in one JVM,
 * rounds interleaved, medians. The named peer is {@code plain}: every triple in the
 * default graph of Jena's in-memory dataset, which is what plain Fuseki serves when
 * loaded with cydip's Turtle dump. The others: {@code cydip} (the in-memory
 * {@code Store}), {@code cydip-tdb2} ({@code Store} on a TDB2 folder, {@code --store}),
 * {@code tim-union} (the default graph as Jena's own TIM union graph, the wiring before
 * 2026-12-02) and {@code tdb2-native} (TDB2 with {@code tdb2:unionDefaultGraph}, as
 * plain Fuseki serves a TDB2 store) and {@code readcopy} (the in-memory {@code Store}
 * behind {@link ReadCopy}, what the server reads, with the bounds the server installs).
 * Not a test; run on purpose (see docs/benchmarks.md):
 * {@code QueryWiringBench [rounds] [query-name-substring] [wiring,wiring...]}.
 */
public final class QueryWiringBench {
    private static final OutputStream NOWHERE = OutputStream.nullOutputStream();

    private QueryWiringBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String only = args.length > 1 ? args[1] : "";
        List<String> chosen = args.length > 2 ? List.of(args[2].split(",")) : List.of();
        ProjectFiles project = ProjectFiles.directory(Path.of(""));
        LoadedGraph loaded = GraphLoader.load(project);
        Map<String, DatasetGraph> wirings = wirings(loaded);
        if (!chosen.isEmpty())
            wirings.keySet().retainAll(chosen);
        List<CannedQuery> queries = QueryCatalogue.load(project).all().stream()
                .filter(q -> q.name().contains(only) && !q.name().startsWith("federated")).toList();
        System.out.printf("%d rounds, %d queries, %s; ms per query, median of the rounds (after one warm-up round)%n",
                rounds, queries.size(), wirings.keySet());
        Map<String, double[]> times = new LinkedHashMap<>();
        for (int r = -1; r < rounds; r++)
            for (CannedQuery q : queries)
                for (Map.Entry<String, DatasetGraph> w : wirings.entrySet()) {
                    double ms = time(() -> run(w.getValue(), q));
                    if (r >= 0)
                        times.computeIfAbsent(q.name() + " " + w.getKey(), k -> new double[rounds])[r] = ms;
                }
        print(queries, wirings.keySet(), times);
    }

    private static Map<String, DatasetGraph> wirings(LoadedGraph loaded) throws Exception {
        Map<String, DatasetGraph> m = new LinkedHashMap<>();
        DatasetGraph plain = DatasetGraphFactory.createTxnMem();
        Graph union = loaded.union();
        Txn.executeWrite(plain, () -> union.find().forEachRemaining(plain.getDefaultGraph()::add));
        m.put("plain", plain);
        DatasetGraph cydip = Store.open(null);
        Store.fill(cydip, loaded);
        m.put("cydip", cydip);
        Path dir = Files.createTempDirectory("cydip-wiring-bench");
        dir.toFile().deleteOnExit();
        DatasetGraph cydipTdb2 = Store.open(dir);
        Store.fill(cydipTdb2, loaded);
        m.put("cydip-tdb2", cydipTdb2);
        DatasetGraph tim = DatasetGraphFactory.createTxnMem();
        fillNamed(tim, loaded);
        m.put("tim-union", DatasetGraphFactory.wrap(tim.getUnionGraph()));
        DatasetGraph tdb2 = DatabaseMgr.connectDatasetGraph(Location.create(Files.createTempDirectory("cydip-wiring-bench-tdb2")));
        fillNamed(tdb2, loaded);
        tdb2.getContext().set(TDB2.symUnionDefaultGraph, true);
        m.put("tdb2-native", tdb2);
        m.put("readcopy", readCopy(loaded));
        return m;
    }

    /** The in-memory store behind a read copy, as the server reads it, once the copy is current. */
    private static DatasetGraph readCopy(LoadedGraph loaded) throws InterruptedException {
        DatasetGraph store = Store.open(null);
        Store.fill(store, loaded);
        Limits.defaults().bounds().install(store.getContext());
        ReadCopy copy = (ReadCopy) ReadCopy.over(store, Long.MAX_VALUE);
        while (!copy.copyIsCurrent()) {
            Txn.executeRead(copy, () -> {});
            Thread.sleep(20);
        }
        return copy;
    }

    private static void fillNamed(DatasetGraph dsg, LoadedGraph loaded) {
        Txn.executeWrite(dsg, () -> loaded.graphs().forEach((name, g) -> g.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()))));
    }

    private static void run(DatasetGraph dsg, CannedQuery q) {
        QueryRunner.run(dsg, q.query(), q.bind(Map.of()), ResultFormat.json, NOWHERE);
    }

    private static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static void print(List<CannedQuery> queries, Iterable<String> wirings, Map<String, double[]> times) {
        List<String> names = new ArrayList<>();
        wirings.forEach(names::add);
        System.out.printf("%-42s", "query");
        names.forEach(n -> System.out.printf(" %11s", n));
        String mine = names.contains("readcopy") ? "readcopy" : "cydip";
        System.out.printf(" %11s%n", "plain/" + mine);
        for (CannedQuery q : queries) {
            System.out.printf("%-42s", q.name());
            for (String n : names)
                System.out.printf(" %11.1f", median(times.get(q.name() + " " + n)));
            System.out.printf(" %11.2f%n", median(times.get(q.name() + " plain")) / median(times.get(q.name() + " " + mine)));
        }
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
