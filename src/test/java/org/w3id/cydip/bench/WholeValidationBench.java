package org.w3id.cydip.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.testing.ReportEntries;
import org.w3id.cydip.validate.Validation;
import org.w3id.cydip.validate.ValidationView;

/**
 * Not a test: where a whole validation of a built store goes. Opens the TDB2 store
 * {@code STORE} (built from {@code PROJECT}) and, in a read transaction each, runs the
 * modes given: {@code plain} (Jena's validation of the store's union graph, as a cold
 * build does), {@code shapes} (each target shape alone: its focus nodes, then their
 * validation), {@code shapes-view} (the same on a {@link ValidationView}), {@code fast} ({@link Validation#validateWhole} of the union
 * graph, in this thread), {@code quads} (the view reading the store's quads by node id, in
 * this thread: Jena's validation on that view), {@code whole} ({@link Validation#validateWhole(Shapes, DatasetGraph)},
 * as a build validates), {@code sparql-once} (each target shape's SPARQL constraint once, {@code $this} unbound), {@code mem} (Jena's validation of an in-memory copy of the union graph,
 * the copy timed apart), {@code threads} (the view on as many threads as processors).
 *
 * <pre>java -cp target/cydip.jar:target/test-classes org.w3id.cydip.bench.WholeValidationBench STORE PROJECT MODE...</pre>
 */
public final class WholeValidationBench {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private WholeValidationBench() {}

    public static void main(String[] args) {
        Path storeDir = Path.of(args[0]);
        ProjectFiles project = ProjectFiles.directory(Path.of(args[1]));
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        for (Path f : project.shapeFiles())
            RdfFiles.parse(f, project.displayName(f), StreamRDFLib.graph(shapesGraph), new Origins());
        Shapes shapes = Validation.shapes(shapesGraph);
        DatasetGraph dsg = Store.open(storeDir);
        List<ValidationReport> reports = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            String mode = args[i];
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            ValidationReport r = mode.equals("threads") ? Validation.validateWhole(shapes, dsg, Runtime.getRuntime().availableProcessors())
                    : mode.equals("whole") ? Validation.validateWhole(shapes, dsg)
                    : Txn.calculateRead(dsg, () -> run(mode, shapes, dsg));
            System.out.printf("%s: %.2f s (this thread's CPU %.2f s)%s%n", mode, (System.nanoTime() - t0) / 1e9,
                    (THREADS.getCurrentThreadCpuTime() - c0) / 1e9,
                    r == null ? "" : ", " + r.getEntries().size() + " results");
            if (r != null)
                reports.add(r);
        }
        for (int i = 1; i < reports.size(); i++)
            System.out.println("report " + i + " equals report 0: " + ReportEntries.of(reports.get(0)).equals(ReportEntries.of(reports.get(i)))
                    + " (in any order: " + ReportEntries.sorted(reports.get(0)).equals(ReportEntries.sorted(reports.get(i))) + ")");
    }

    private static ValidationReport run(String mode, Shapes shapes, DatasetGraph dsg) {
        Graph data = dsg.getUnionGraph();
        return switch (mode) {
            case "plain" -> Validation.validate(shapes, data);
            case "fast" -> Validation.validateWhole(shapes, data);
            case "quads" -> Validation.validate(shapes, new ValidationView(dsg));
            case "mem" -> {
                long t0 = System.nanoTime();
                Graph copy = GraphFactory.createDefaultGraph();
                data.find().forEachRemaining(copy::add);
                System.out.printf("  copied %,d triples into memory in %.2f s%n", copy.size(), (System.nanoTime() - t0) / 1e9);
                yield Validation.validate(shapes, copy);
            }
            case "shapes" -> { perShape(shapes, data); yield null; }
            case "sparql-once" -> { sparqlOnce(shapes, new ValidationView(dsg)); yield null; }
            case "shapes-view" -> { perShape(shapes, new ValidationView(dsg)); yield null; }
            default -> throw new IllegalArgumentException("mode: plain, shapes or fast, not " + mode);
        };
    }

    /** Each target node shape's SPARQL constraint evaluated once, with $this unbound. */
    private static void sparqlOnce(Shapes shapes, Graph data) {
        for (Shape shape : shapes.getTargetShapes())
            for (org.apache.jena.shacl.parser.Constraint c : shape.getConstraints())
                if (c instanceof org.apache.jena.shacl.engine.constraint.SparqlConstraint sc) {
                    long t0 = System.nanoTime();
                    long rows;
                    try (var qe = org.apache.jena.query.QueryExecution.create().query(sc.getQuery())
                            .dataset(org.apache.jena.query.DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral(data))).build()) {
                        rows = org.apache.jena.atlas.iterator.Iter.count(qe.execSelect());
                    }
                    System.out.printf("  %-60s %d rows in %6.2f s%n", shape.getShapeNode().getLocalName(), rows, (System.nanoTime() - t0) / 1e9);
                }
    }

    private static void perShape(Shapes shapes, Graph data) {
        for (Shape shape : shapes.getTargetShapes()) {
            ValidationContext cxt = ValidationContext.create(shapes, data);
            long t0 = System.nanoTime();
            Collection<Node> focus = VLib.focusNodes(data, shape);
            long t1 = System.nanoTime();
            for (Node n : focus)
                VLib.validateShape(cxt, data, shape, n);
            long t2 = System.nanoTime();
            System.out.printf("  %-60s %7d focus in %6.2f s, validated in %6.2f s, %d results%n", shape.getShapeNode().getLocalName(),
                    focus.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, cxt.generateReport().getEntries().size());
        }
    }
}
