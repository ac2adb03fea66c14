package org.w3id.cydip.portability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;

/**
 * Puts every case ({@link Cases}: each canned query with each of its parameter
 * sets, and the probes) to Jena, holding cydip's dump, and to each other engine
 * holding the same dump, and compares the answers ({@link Verdict}): one line per
 * case and engine, then a tally per engine.
 *
 * <p>Run on purpose, not in {@code mvn verify} (RDF4J alone is checked there, by
 * {@code Rdf4jAgreesWithJenaTest}): {@code bench/portability-check.sh} starts the
 * engines and calls this. Usage:
 * {@code PortabilityCheck DUMP.nq[.gz] HOME PARAMETERS PROBES ENGINE...}, an engine
 * being {@code rdf4j} (in this JVM) or {@code NAME=ENDPOINT} (SPARQL protocol).
 * Exit 0 when every engine agrees on every case, 1 when one does not, 2 on bad usage.
 */
public final class PortabilityCheck {
    /** A query an engine has not answered in this long is reported as an error. */
    static final long PEER_TIMEOUT_SECONDS = 60;

    private final Engine jena;
    private final Map<String, Map<String, Integer>> tally = new LinkedHashMap<>();

    PortabilityCheck(Engine jena) {
        this.jena = jena;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: PortabilityCheck DUMP.nq[.gz] HOME PARAMETERS PROBES ENGINE...");
            System.exit(2);
        }
        DatasetGraph dump = load(Path.of(args[0]));
        List<Case> cases = Cases.read(ProjectFiles.directory(Path.of(args[1])), Path.of(args[2]), Path.of(args[3]));
        List<Engine> engines = new ArrayList<>();
        for (int i = 4; i < args.length; i++)
            engines.add(engine(args[i], dump));
        System.out.printf("portability: %d quads in %d graphs; %d cases; engines jena (reference), %s%n",
                Store.size(dump), graphs(dump).size(), cases.size(), engines.stream().map(Engine::name).toList());
        PortabilityCheck check = new PortabilityCheck(new JenaEngine(dump));
        for (Case c : cases)
            check.run(c, engines);
        check.tally.forEach((engine, counts) -> System.out.println("portability: " + engine + " " + counts));
        engines.forEach(Engine::close);
        System.exit(check.allAgree() ? 0 : 1);
    }

    private static Engine engine(String arg, DatasetGraph dump) {
        if (arg.equals("rdf4j"))
            return new Rdf4jEngine(dump);
        int eq = arg.indexOf('=');
        if (eq <= 0) {
            System.err.println("portability: an engine is rdf4j or NAME=ENDPOINT, not " + arg);
            System.exit(2);
        }
        return new HttpEngine(arg.substring(0, eq), arg.substring(eq + 1), graphs(dump));
    }

    private static DatasetGraph load(Path dump) throws IOException {
        DatasetGraph dsg = Store.open(null);
        try (InputStream raw = Files.newInputStream(dump);
                InputStream in = dump.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            Txn.executeWrite(dsg, () -> RDFParser.source(in).lang(Lang.NQUADS).parse(dsg));
        }
        return dsg;
    }

    private static List<String> graphs(DatasetGraph dsg) {
        List<String> graphs = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI())));
        return graphs;
    }

    private void run(Case c, List<Engine> engines) {
        if (c.skip() != null) {
            engines.forEach(e -> report("SKIP", e.name(), c, c.skip()));
            return;
        }
        Answer reference;
        try {
            reference = jena.answer(c);
        } catch (RuntimeException e) {
            engines.forEach(en -> report("ERROR", en.name(), c, "jena fails: " + e.getMessage()));
            return;
        }
        for (Engine e : engines) {
            Verdict v = compare(reference, e, c);
            report(v.kind(), e.name(), c, v.detail());
        }
    }

    /** Engine {@code e}'s answer to {@code c} against Jena's {@code reference}; an error is an {@code ERROR}. */
    static Verdict compare(Answer reference, Engine e, Case c) {
        try {
            return Verdict.of(reference, e.answer(c), c.query().hasOrderBy());
        } catch (QueryExceptionHTTP x) {
            String body = x.getResponse() == null ? "" : x.getResponse().replaceAll("\\s+", " ").trim();
            String shown = body.length() <= 300 ? body : body.substring(0, 100) + " ... " + body.substring(body.length() - 200);
            return new Verdict("ERROR", x.getStatusCode() < 0 ? "no answer within " + PEER_TIMEOUT_SECONDS + " s"
                    : "answered " + x.getStatusCode() + ": " + shown);
        } catch (RuntimeException x) {
            return new Verdict("ERROR", x.getClass().getSimpleName() + ": " + x.getMessage());
        }
    }

    private boolean allAgree() {
        return tally.values().stream().allMatch(counts -> counts.keySet().stream().allMatch(k -> k.equals("OK") || k.equals("SKIP")));
    }

    private void report(String verdict, String engine, Case c, String detail) {
        tally.computeIfAbsent(engine, k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
        System.out.printf("%-5s %-9s %s: %s%n", verdict, engine, c.label(), detail);
    }
}
