package org.w3id.cydip.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * A whole validation of a store on several threads, with the report of one: the
 * target shapes' focus nodes are found, then validated in slices of at most
 * {@link #SLICE} nodes, each thread in a read transaction of its own on a
 * {@link ValidationView} of its own; the results are put together in the order of
 * the shapes, then of the focus nodes, as Jena's plain validation reports them
 * (shape by shape, each shape's focus nodes in the order of its set). Each thread
 * validates with shapes of its own ({@link MemoShapes}).
 */
final class WholeValidation {
    /** The most focus nodes validated as one piece of work. */
    static final int SLICE = 2_000;

    private WholeValidation() {}

    /** The report of {@code dsg}'s union graph against {@code shapes}, validated on {@code threads} threads. */
    static ValidationReport validate(Shapes shapes, DatasetGraph dsg, int threads) {
        List<Shape> targets = new ArrayList<>(shapes.getTargetShapes());
        List<Work<List<Node>>> finding = new ArrayList<>();
        for (Shape shape : targets)
            finding.add(new Work<>((view, cxt, memo) -> new ArrayList<>(FocusNodes.of(view, shape))));
        run(shapes, dsg, threads, finding);
        List<Work<List<ReportEntry>>> validating = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Shape shape = targets.get(i);
            List<Node> focus = finding.get(i).result;
            for (int from = 0; from < focus.size(); from += SLICE) {
                List<Node> slice = focus.subList(from, Math.min(focus.size(), from + SLICE));
                validating.add(new Work<>((view, cxt, memo) -> {
                    Shape copy = memo.of(shape);
                    for (Node node : slice)
                        VLib.validateShape(cxt, view, copy, node);
                    return cxt.generateReport().getEntries().stream().toList();
                }));
            }
        }
        run(shapes, dsg, threads, validating);
        ValidationReport.Builder report = ValidationReport.create();
        // As a validation context's: the data's prefixes, then the shapes'.
        Txn.executeRead(dsg, () -> report.addPrefixes(dsg.getUnionGraph().getPrefixMapping()));
        report.addPrefixes(shapes.getGraph().getPrefixMapping());
        for (Work<List<ReportEntry>> w : validating)
            w.result.forEach(report::addReportEntry);
        return report.build();
    }

    /** What a piece of work does, given its thread's view of the data and shapes, and a validation context of its own. */
    private interface Task<T> {
        T apply(Graph view, ValidationContext cxt, MemoShapes memo);
    }

    /** A piece of work and, once done, its result. */
    private static final class Work<T> {
        final Task<T> task;
        T result;

        Work(Task<T> task) {
            this.task = task;
        }
    }

    /**
     * Does every piece of work, on {@code threads} threads each reading {@code dsg} in a transaction
     * of its own. The first failure empties the queue, so the other threads stop after the piece at
     * hand; the threads are never interrupted, as an interrupt in TDB2's file I/O closes its channel.
     */
    private static <T> void run(Shapes shapes, DatasetGraph dsg, int threads, List<Work<T>> work) {
        ConcurrentLinkedQueue<Work<T>> todo = new ConcurrentLinkedQueue<>(work);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++)
                running.add(pool.submit(() -> Txn.executeRead(dsg, () -> {
                    Graph view = new ValidationView(dsg);
                    MemoShapes memo = new MemoShapes();
                    try {
                        for (Work<T> w = todo.poll(); w != null; w = todo.poll())
                            w.result = w.task.apply(view, ValidationContext.create(shapes, view), memo);
                    } catch (RuntimeException | Error e) {
                        todo.clear();
                        throw e;
                    }
                })));
            for (Future<?> f : running)
                f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("whole validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err)
                throw err;
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            todo.clear();
            pool.shutdown();
            awaitEnd(pool);
        }
    }

    /** Waits until the threads have finished the pieces at hand, keeping an interrupt for the caller. */
    private static void awaitEnd(ExecutorService pool) {
        boolean interrupted = false;
        while (!pool.isTerminated())
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        if (interrupted)
            Thread.currentThread().interrupt();
    }
}
