package org.w3id.cydip.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;

/**
 * Fills a TDB2 store from the project's ontology and data files with TDB2's bulk
 * loader (the phased one, {@code tdb2.tdbloader}'s default, for the store's own quad
 * indexes, whichever they are), each file into the graph of its
 * kind ({@link GraphLoader#graphOf}). On a long load it says how far it is: triples
 * read, triples per second, and how much of the files (by size) is done.
 */
public final class BulkLoad {
    private static final long FIRST_LINE_NANOS = 3_000_000_000L;
    private static final long EVERY_NANOS = 5_000_000_000L;

    private BulkLoad() {}

    /** Sees every quad the loader reads from the files; once they are read, may give more to load (derived triples). */
    public interface Tap {
        void seen(Quad q);

        void finish(StreamRDF dest);
    }

    private static final Tap NO_TAP = new Tap() {
        @Override
        public void seen(Quad q) {}

        @Override
        public void finish(StreamRDF dest) {}
    };

    /** Loads {@code files} of {@code project} into the TDB2 dataset {@code tdb}; returns the number of triples read. */
    public static long load(DatasetGraph tdb, ProjectFiles project, List<Path> files, Consumer<String> progress) {
        return load(tdb, project, files, progress, NO_TAP);
    }

    /** As {@link #load(DatasetGraph, ProjectFiles, List, Consumer)}, {@code tap} seeing each quad and adding its own at the end. */
    public static long load(DatasetGraph tdb, ProjectFiles project, List<Path> files, Consumer<String> progress, Tap tap) {
        Progress p = new Progress(files, progress);
        // The phased loader, tdb2.tdbloader's default (its rate is the one to match), for the store's own indexes;
        // into a store just made, its data phase alone, and the other indexes built by sorting.
        List<String> indexes = Store.quadIndexes(tdb);
        List<String> secondaries = indexes.subList(1, indexes.size());
        boolean sorting = SORTED && SortedIndexes.pristine(tdb, secondaries);
        DataLoader loader = new LoaderMain(sorting ? primaryPlan(indexes.get(0)) : phasedPlan(indexes), tdb, (fmt, args) -> {});
        loader.startBulk();
        try {
            StreamRDF dest = loader.stream();
            for (Path f : files) {
                RdfFiles.parse(f, project.displayName(f), new IntoGraph(dest, GraphLoader.graphOf(project, f), p, tap), Origins.none());
                p.fileDone(f);
            }
            p.phase("files read");
            tap.finish(dest);
            p.phase("derived quads given");
            loader.finishBulk();
            p.phase(sorting ? "data phase finished" : "indexed");
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        if (sorting)   // closes the store: the caller connects again (Store.tdb)
            p.phase(SortedIndexes.build(tdb, indexes.get(0), secondaries, SORT_BITS)
                    ? secondaries.size() + " other indexes built by sorting" : secondaries.size() + " other indexes filled");
        p.done();
        return p.triples;
    }

    /** Whether a new store's secondary indexes are built by sorting ({@link SortedIndexes}); off only to compare. */
    static boolean SORTED = !Boolean.getBoolean("cydip.load.phased");
    /** How many bits one quad's ranks may take to be sorted as one long (63); fewer only in tests, to insert instead. */
    static int SORT_BITS = Long.SIZE - 1;

    /** The phased plan's data phase alone: the primary quad index, no secondary one. */
    static LoaderPlan primaryPlan(String primary) {
        return plan(primary, new String[0][]);
    }

    /**
     * TDB2's phased plan ({@code LoaderPlans.loaderPlanPhased}) for a store's quad indexes: the
     * primary one in the data phase, then the secondary ones in two rounds, those that lead with
     * the graph and the others; the triple indexes as in TDB2's (cydip loads no triple, they stay empty).
     */
    static LoaderPlan phasedPlan(List<String> quadIndexes) {
        return plan(quadIndexes.get(0), rounds(quadIndexes.subList(1, quadIndexes.size())).stream()
                .map(r -> r.toArray(String[]::new)).toArray(String[][]::new));
    }

    /** TDB2's phased plan with {@code primary} in its data phase and these rounds of secondary quad indexes. */
    private static LoaderPlan plan(String primary, String[][] rounds) {
        LoaderPlan tdb2 = LoaderPlans.loaderPlanPhased;
        return new LoaderPlan(tdb2.dataInputType(), tdb2.primaryLoad3(), new String[] {primary}, tdb2.secondaryIndex3(), rounds);
    }

    /** The phased loader's rounds of secondary indexes: those that lead with the graph, then the others. */
    static List<List<String>> rounds(List<String> secondaries) {
        List<List<String>> rounds = new ArrayList<>();
        for (boolean graphFirst : new boolean[] {true, false}) {
            List<String> round = secondaries.stream().filter(i -> (i.charAt(0) == 'G') == graphFirst).toList();
            if (!round.isEmpty())
                rounds.add(round);
        }
        return rounds;
    }

    /** Triples (and default-graph quads, as the in-memory loader reads them) into {@code graph}. */
    private static final class IntoGraph extends StreamRDFWrapper {
        private final Node graph;
        private final Progress progress;
        private final Tap tap;

        IntoGraph(StreamRDF dest, Node graph, Progress progress, Tap tap) {
            super(dest);
            this.graph = graph;
            this.progress = progress;
            this.tap = tap;
        }

        @Override
        public void triple(Triple t) {
            Quad q = Quad.create(graph, t);
            super.quad(q);
            tap.seen(q);
            progress.triple();
        }

        @Override
        public void quad(Quad q) {
            if (q.isTriple() || q.isDefaultGraph())
                triple(q.asTriple());
        }

        @Override
        public void base(String base) {}

        @Override
        public void start() {}

        @Override
        public void finish() {}
    }

    /** Counts triples and bytes of finished files; says so at most every few seconds. */
    private static final class Progress {
        private final Consumer<String> out;
        private final long start = System.nanoTime();
        private final long totalBytes;
        private final int totalFiles;
        private long doneBytes;
        private int doneFiles;
        private long triples;
        private long lastLine;
        private boolean spoke;
        private long lastPhase = start;
        private final List<String> phases = new ArrayList<>();

        Progress(List<Path> files, Consumer<String> out) {
            this.out = out;
            this.totalFiles = files.size();
            this.totalBytes = files.stream().mapToLong(Progress::size).sum();
        }

        void triple() {
            if ((++triples & 0xFFFF) == 0)
                maybeSay(false);
        }

        void fileDone(Path f) {
            doneBytes += size(f);
            doneFiles++;
            maybeSay(false);
        }

        /** Marks the end of a phase of the load, said with its time after the last line. */
        void phase(String what) {
            long now = System.nanoTime();
            phases.add(String.format("%s in %.1f s", what, (now - lastPhase) / 1e9));
            lastPhase = now;
        }

        void done() {
            if (spoke) {
                maybeSay(true);
                out.accept("loaded: " + String.join(", ", phases));
            }
        }

        private void maybeSay(boolean last) {
            long now = System.nanoTime();
            if (!last && (now - start < FIRST_LINE_NANOS || now - lastLine < EVERY_NANOS))
                return;
            lastLine = now;
            spoke = true;
            double s = (now - start) / 1e9;
            int percent = totalBytes == 0 ? 100 : (int) (100 * doneBytes / totalBytes);
            out.accept(String.format("loading: %,d triples in %.0f s (%,d triples/s), %d of %d files (%d%% of the bytes)%s",
                    triples, s, (long) (triples / Math.max(s, 1e-3)), doneFiles, totalFiles, percent, last ? ", indexed" : ""));
        }

        private static long size(Path f) {
            try {
                return Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The ontology and data files of {@code project}, in load order. */
    public static List<Path> files(ProjectFiles project) {
        List<Path> all = new ArrayList<>(project.ontologyFiles());
        all.addAll(project.dataFiles());
        return all;
    }
}
