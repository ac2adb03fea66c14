package org.w3id.cydip.load;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the query engine on a small made-up graph while the first read copy is made,
 * so that the Java compiler has compiled the engine's common paths (matching on a
 * copy's graph, OPTIONAL, FILTER, VALUES, NOT EXISTS, GROUP BY with GROUP_CONCAT,
 * ORDER BY, the SPARQL JSON writer) before the first request: a server's first
 * queries otherwise run mostly interpreted. Generic: neither cydip's data nor its
 * canned queries, and nothing it computes is kept.
 */
final class WarmUp {
    private static final String NS = "http://example.org/warm-up/";
    static final String PREFIXES = "PREFIX : <" + NS + ">\nPREFIX rdfs: <" + RDFS.getURI() + ">\n";
    static final List<String> QUERIES = List.of(
            """
            SELECT ?thing ?label ?code (GROUP_CONCAT(DISTINCT COALESCE(STR(?src), ""); separator=" ") AS ?sources)
                   (GROUP_CONCAT(DISTINCT COALESCE(STR(?title), ""); separator=" | ") AS ?titles) WHERE {
              ?thing a :Thing ; rdfs:label ?label ; :code ?code FILTER (LANG(?label) = "en")
              OPTIONAL { ?thing :date ?date ; :day ?day }
              OPTIONAL { ?thing :source ?src OPTIONAL { ?src rdfs:label ?title FILTER (LANG(?title) = "en") } OPTIONAL { ?src :url ?url } }
            } GROUP BY ?thing ?label ?code ORDER BY ?code STR(?thing)
            """,
            """
            SELECT ?actor ?act ?kind ?since ?now WHERE {
              BIND (SUBSTR(STR(NOW()), 1, 10) AS ?now)
              { SELECT DISTINCT ?actor WHERE { ?a :on :topic1 ; :actor ?actor ; :kind ?k VALUES ?k { :kind0 :kind1 :kind2 } } }
              FILTER NOT EXISTS { ?d :on :topic1 ; :actor ?actor ; :kind :kind3 }
              OPTIONAL { ?act :on :topic1 ; :actor ?actor ; :kind ?kind VALUES ?kind { :kind0 :kind1 }
                         OPTIONAL { ?act :day ?day } }
              BIND (COALESCE(STR(?day), "") AS ?since)
              FILTER (IF(?since != "", ?since <= ?now, true))
              ?actor a :Thing ; :code ?code .
            } ORDER BY ?code ?act
            """,
            """
            SELECT ?group (COUNT(DISTINCT ?thing) AS ?n) (SAMPLE(?code) AS ?one) WHERE {
              { ?thing :group ?group } UNION { ?thing :other ?group }
              ?thing :code ?code MINUS { ?thing :kind :kind3 }
            } GROUP BY ?group HAVING (COUNT(*) > 1) ORDER BY DESC(?n) ?group
            """);

    /**
     * The system property that turns the warm-up on ({@code -Dcydip.warmUp=true}). Off by default: on two
     * quiet cores it made the start 0.35-0.45 s slower (the copy shares the cores with it and the compiler),
     * past the 2 s goal (docs/benchmarks.md, "the warm-up while the first copy is made").
     */
    public static final String PROPERTY = "cydip.warmUp";
    /** How long {@link #during} waits for the warm-up's last query once its work is done. */
    private static final long WAIT_MS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private WarmUp() {}

    /**
     * Is a warm-up wanted: turned on, and a second processor to run it on? On one
     * processor it would only share it with the copy, and the server would listen later.
     */
    static boolean wanted() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "false")) && Runtime.getRuntime().availableProcessors() > 1;
    }

    /** Runs {@code work}, with the warm-up in another thread until it is done. */
    static void during(Context context, Runnable work) {
        AtomicBoolean done = new AtomicBoolean();
        Thread warm = Thread.ofPlatform().daemon().name("cydip-warm-up").start(() -> {
            try {
                long t0 = System.nanoTime();
                int n = run(context, done::get);
                LOG.info("warm-up: {} queries on a made-up graph in {} ms, while the first copy was made", n, (System.nanoTime() - t0) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("warm-up stopped: {}", e.toString());
            }
        });
        try {
            work.run();
        } finally {
            done.set(true);
        }
        try {
            warm.join(WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the queries over and over until {@code done} says so; returns how many ran. Nothing is kept. */
    static int run(Context context, BooleanSupplier done) {
        DatasetGraph dsg = dataset(context);
        int n = 0;
        for (; !done.getAsBoolean(); n += QUERIES.size())
            for (String text : QUERIES) {
                Query query = QueryFactory.create(PREFIXES + text);
                try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                    ResultsWriter.create().lang(ResultSetLang.RS_JSON).write(OutputStream.nullOutputStream(), exec.select());
                }
            }
        return n;
    }

    /** About two thousand made-up triples in a copy's graph, with the store's context (its optimiser and bounds). */
    static DatasetGraph dataset(Context context) {
        CopyGraph g = new CopyGraph();
        Node type = NodeFactory.createURI(NS + "Thing");
        for (int i = 0; i < 200; i++) {
            Node thing = uri("thing", i), src = uri("source", i % 40);
            g.add(thing, RDF.type.asNode(), type);
            g.add(thing, RDFS.label.asNode(), NodeFactory.createLiteralLang("thing " + i, "en"));
            g.add(thing, RDFS.label.asNode(), NodeFactory.createLiteralLang("chose " + i, "fr"));
            g.add(thing, uri("code"), NodeFactory.createLiteralString("C" + (1000 - i)));
            g.add(thing, uri(i % 3 == 0 ? "other" : "group"), uri("group", i % 12));
            g.add(thing, uri("source"), src);
            g.add(src, RDFS.label.asNode(), NodeFactory.createLiteralLang("source " + i % 40, "en"));
            g.add(src, uri("url"), NodeFactory.createLiteralString("https://example.org/" + i % 40));
            Node act = uri("act", i);
            g.add(act, uri("on"), uri("topic", i % 3));
            g.add(act, uri("actor"), uri("thing", i % 60));
            g.add(act, uri("kind"), uri("kind", i % 4));
            if (i % 2 == 0) {
                Node day = NodeFactory.createLiteralDT(String.format("20%02d-0%d-1%d", i % 25, 1 + i % 9, i % 10), XSDDatatype.XSDdate);
                g.add(act, uri("day"), day);
                g.add(thing, uri("date"), day);
                g.add(thing, uri("day"), day);
            }
        }
        g.seal(TripleCounts.of(g));
        DatasetGraph dsg = DatasetGraphFactory.create(g);
        dsg.getContext().putAll(context);
        return dsg;
    }

    private static Node uri(String name) {
        return NodeFactory.createURI(NS + name);
    }

    private static Node uri(String name, int i) {
        return NodeFactory.createURI(NS + name + i);
    }
}
