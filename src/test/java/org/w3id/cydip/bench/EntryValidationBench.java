package org.w3id.cydip.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.validate.IncrementalValidation;
import org.w3id.cydip.validate.Validation;
import org.w3id.cydip.vocab.Cydip;

/**
 * Not a test: validating a 1,000-triple entry incrementally against the graph,
 * compared with re-validating graph plus entry in full, in the same run. On the
 * project's own graph (ontology, shapes and data/ of the directory given, default
 * the current one) and on a synthetic graph of about 500,000 triples.
 *
 * <pre>java -cp ... org.w3id.cydip.bench.EntryValidationBench [PROJECT_DIR] [SYNTHETIC_TRIPLES]</pre>
 */
public final class EntryValidationBench {
    private EntryValidationBench() {}

    public static void main(String[] args) {
        ProjectFiles project = ProjectFiles.directory(Path.of(args.length > 0 ? args[0] : "."));
        int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        LoadedGraph loaded = GraphLoader.load(project);
        Shapes shapes = Validation.shapes(loaded.shapes());
        Graph real = loaded.union();
        System.out.printf("shapes: %d; java %s; %d cores%n", shapes.numShapes(), Runtime.version(),
                Runtime.getRuntime().availableProcessors());
        run("project graph (" + project + "), in memory", shapes, real);
        inTdb2("project graph in TDB2, union of named graphs (as the server sees it)", shapes, real);
        Graph big = SyntheticGraph.build(loaded.graphs().get(Cydip.graph("ontology")), synthetic);
        run("synthetic graph, in memory", shapes, big);
        inTdb2("synthetic graph in TDB2 (as the server sees it)", shapes, big);
    }

    /** On disk in a throwaway TDB2 store: {@code Store.open(null)} is Jena's in-memory TIM dataset, not TDB2. */
    static void inTdb2(String name, Shapes shapes, Graph g) {
        java.nio.file.Path dir;
        try {
            dir = java.nio.file.Files.createTempDirectory("cydip-bench-tdb2");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DatasetGraph tdb = Store.open(dir);
        try {
            Txn.executeWrite(tdb, () -> g.find().forEachRemaining(t -> tdb.add(Cydip.graph("bench"), t.getSubject(),
                    t.getPredicate(), t.getObject())));
            Txn.executeRead(tdb, () -> run(name, shapes, tdb.getUnionGraph()));
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(Store.tdb(dir));
            org.w3id.cydip.TestProject.delete(dir);
        }
    }

    static void run(String name, Shapes shapes, Graph base) {
        Graph entry = SyntheticGraph.entry(base, 1_000);
        for (int i = 0; i < 20; i++)
            IncrementalValidation.validate(shapes, base, entry);
        long[] inc = new long[30];
        ValidationReport r = null;
        for (int i = 0; i < inc.length; i++) {
            long t = System.nanoTime();
            r = IncrementalValidation.validate(shapes, base, entry);
            inc[i] = System.nanoTime() - t;
        }
        long[] full = new long[3];
        ValidationReport f = null;
        for (int i = 0; i < full.length; i++) {
            long t = System.nanoTime();
            f = Validation.validate(shapes, new Union(base, entry));
            full[i] = System.nanoTime() - t;
        }
        double incMs = median(inc) / 1e6;
        double fullMs = median(full) / 1e6;
        System.out.printf("%s: %,d triples + entry of %,d triples%n", name, base.size(), entry.size());
        System.out.printf("  incremental: median %.1f ms (of %d runs, after 20 warm-up), %d results%n", incMs, inc.length,
                r.getEntries().size());
        System.out.printf("  full re-validation: median %.0f ms (of %d runs), %d results%n", fullMs, full.length,
                f.getEntries().size());
        System.out.printf("  full / incremental: %.0fx%n", fullMs / incMs);
    }

    static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Generated data shaped like cydip's: states, sources, resolutions and votes. */
    static final class SyntheticGraph {
        private SyntheticGraph() {}

        static Graph build(Graph ontology, int triples) {
            Graph g = GraphFactory.createDefaultGraph();
            ontology.find().forEachRemaining(g::add);
            int sources = 1_000, states = 200, resolutions = 2_000;
            for (int i = 0; i < sources; i++) {
                Node s = Cydip.id("source", String.format("%016x", i));
                g.add(s, RDF.type.asNode(), Cydip.SourceDocument);
                g.add(s, rdfs("label"), NodeFactory.createLiteralLang("Source " + i, "en"));
                g.add(s, Cydip.url, NodeFactory.createLiteralDT("https://example.org/" + i,
                        org.apache.jena.datatypes.xsd.XSDDatatype.XSDanyURI));
            }
            for (int i = 0; i < states; i++) {
                Node s = Cydip.id("state", code(i));
                g.add(s, RDF.type.asNode(), Cydip.State);
                g.add(s, rdfs("label"), NodeFactory.createLiteralLang("State " + i, "en"));
                g.add(s, Cydip.iso3, NodeFactory.createLiteralString(code(i)));
                g.add(s, Cydip.source, source(i, sources));
            }
            for (int i = 0; i < resolutions; i++) {
                Node r = Cydip.id("instrument", "A-RES-" + i);
                g.add(r, RDF.type.asNode(), Cydip.Resolution);
                g.add(r, NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralString("Resolution " + i));
                g.add(r, rdfs("label"), NodeFactory.createLiteralLang("A/RES/" + i, "en"));
                g.add(r, Cydip.symbol, NodeFactory.createLiteralString("A/RES/" + i));
                g.add(r, Cydip.source, source(i, sources));
            }
            for (int i = 0; g.size() < triples; i++)
                vote(g, "v" + i, Cydip.id("state", code(i % states)), Cydip.id("instrument", "A-RES-" + (i / states % resolutions)),
                        source(i, sources));
            return g;
        }

        /**
         * About {@code triples} triples of a new roll-call, as a curator would add next
         * year's: new resolutions defined in the entry, each with one vote per existing
         * state (so no vote duplicates one in {@code base}), citing existing sources.
         */
        static Graph entry(Graph base, int triples) {
            List<Node> states = instances(base, Cydip.State);
            List<Node> sources = instances(base, Cydip.SourceDocument);
            Graph e = GraphFactory.createDefaultGraph();
            for (int i = 0; e.size() < triples; i++) {
                Node resolution = Cydip.id("instrument", "A-RES-99-" + (i / states.size()));
                if (i % states.size() == 0)
                    resolution(e, resolution, "A/RES/99/" + (i / states.size()), sources.get(0));
                vote(e, "new-" + i, states.get(i % states.size()), resolution, sources.get(i % sources.size()));
            }
            return e;
        }

        private static void resolution(Graph g, Node r, String symbol, Node source) {
            g.add(r, RDF.type.asNode(), Cydip.Resolution);
            g.add(r, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang(symbol, "en"));
            g.add(r, org.apache.jena.vocabulary.DCTerms.title.asNode(), NodeFactory.createLiteralLang("Benchmark resolution", "en"));
            g.add(r, Cydip.symbol, NodeFactory.createLiteralString(symbol));
            g.add(r, Cydip.source, source);
        }

        private static void vote(Graph g, String key, Node state, Node resolution, Node source) {
            Node v = Cydip.id("vote", "bench/" + key);
            g.add(v, RDF.type.asNode(), Cydip.Vote);
            g.add(v, Cydip.voter, state);
            g.add(v, Cydip.resolution, resolution);
            g.add(v, Cydip.choice, Cydip.id("vote-choice", "yes"));
            g.add(v, Cydip.date, NodeFactory.createLiteralDT("2019-12-27", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate));
            g.add(v, Cydip.source, source);
        }

        private static List<Node> instances(Graph g, Node type) {
            List<Node> out = new ArrayList<>(g.find(Node.ANY, RDF.type.asNode(), type).mapWith(t -> t.getSubject()).toList());
            if (out.isEmpty())
                throw new IllegalStateException("the graph has no " + type + " to cite");
            return out;
        }

        private static Node source(int i, int n) {
            return Cydip.id("source", String.format("%016x", i % n));
        }

        private static Node rdfs(String local) {
            return NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#" + local);
        }

        private static String code(int i) {
            return "" + (char) ('A' + i / 676 % 26) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
        }
    }
}
