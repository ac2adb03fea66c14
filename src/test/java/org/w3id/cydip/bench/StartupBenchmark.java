package org.w3id.cydip.bench;

import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.validate.Validation;
import org.w3id.cydip.server.CydipServer;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * Time to ready on the real graph: cydip's start (load, validate, fill the
 * Dataset, start the server) against a named peer measured in the same run:
 * plain {@code RDFDataMgr.loadDataset} of the same files plus
 * {@code ShaclValidator} on their union. Not a test; run on purpose (see docs/benchmarks.md).
 */
public final class StartupBenchmark {
    private StartupBenchmark() {}

    public static void main(String[] args) {
        ProjectFiles project = ProjectFiles.directory(Path.of(""));
        if (args.length > 0 && args[0].equals("cold")) {
            // One fresh-JVM start of each, in the same process order: what a user waits for.
            System.out.printf("cold: cydip phases: %s%n", phases(project));
            return;
        }
        if (args.length > 0 && args[0].equals("cold-peer")) {
            System.out.printf("cold: peer %.0f ms%n", peer(project));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.printf("warm-up: cydip %.0f ms, peer %.0f ms%n", cydip(project), peer(project));
        double[] ours = new double[runs];
        double[] peer = new double[runs];
        for (int i = 0; i < runs; i++) {
            ours[i] = cydip(project);
            peer[i] = peer(project);
        }
        double o = median(ours);
        double p = median(peer);
        System.out.printf("cydip start (load + validate + Dataset + serve): median %.0f ms of %d runs %s%n", o, runs, Arrays.toString(round(ours)));
        System.out.printf("peer (RDFDataMgr.loadDataset + union + ShaclValidator): median %.0f ms %s%n", p, Arrays.toString(round(peer)));
        System.out.printf("phases of one warm start: %s%n", phases(project));
        System.out.printf("ratio cydip/peer: %.2f; target 3000 ms: %s%n", o / p, o <= 3000 ? "met" : "NOT met");
    }

    private static double cydip(ProjectFiles project) {
        long t0 = System.nanoTime();
        try (CydipServer server = CydipServer.create().project(project).port(0).build().start()) {
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    private static double peer(ProjectFiles project) {
        long t0 = System.nanoTime();
        Dataset ds = DatasetFactory.create();
        for (Path f : project.ontologyFiles())
            RDFDataMgr.read(ds.getDefaultModel(), f.toString());
        for (Path f : project.dataFiles())
            RDFDataMgr.read(ds.getNamedModel("urn:g:" + f.getFileName()), f.toString());
        Graph union = GraphFactory.createDefaultGraph();
        ds.asDatasetGraph().find().forEachRemaining(q -> union.add(q.asTriple()));
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (Path f : project.shapeFiles())
            RDFDataMgr.read(shapesGraph, f.toString());
        int results = ShaclValidator.get().validate(Shapes.parse(shapesGraph), union).getEntries().size();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (results == 0)
            throw new IllegalStateException("the peer saw none of the expected warnings: nothing validated?");
        return ms;
    }

    /** Where one start spends its time: parse, validate, fill the Dataset, build (queries, curators) and start the server. */
    private static String phases(ProjectFiles project) {
        long t0 = System.nanoTime();
        LoadedGraph loaded = GraphLoader.load(project);
        long t1 = System.nanoTime();
        Shapes shapes = Validation.shapes(loaded.shapes());
        ValidationReport report = Validation.validate(shapes, loaded.union());
        long t2 = System.nanoTime();
        DatasetGraph dsg = Store.open(null);
        Store.fill(dsg, loaded);
        long t3 = System.nanoTime();
        ValidatedDataset data = new ValidatedDataset(dsg, loaded, shapes, report);
        long t4;
        try (CydipServer server = CydipServer.create().project(project).data(data).port(0).build().start()) {
            t4 = System.nanoTime();
        }
        return String.format("parse %d ms, validate %d ms (%d results), fill %d ms, serve %d ms", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, report.getEntries().size(), (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long[] round(double[] xs) {
        return Arrays.stream(xs).mapToLong(Math::round).toArray();
    }
}
