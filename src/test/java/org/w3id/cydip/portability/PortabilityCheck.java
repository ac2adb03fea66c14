package org.w3id.cydip.portability;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.Store;

/**
 * Runs every canned query on Jena (the dump in cydip's own store, default graph =
 * union of the named graphs) and on another SPARQL endpoint holding the same dump,
 * and compares the answers as multisets of normalised rows ({@link Normalised}).
 * The other endpoint is asked with every named graph of the dump as
 * {@code default-graph-uri} and {@code named-graph-uri}, so that its own system
 * graphs stay out. Queries with SERVICE are skipped (they would reach the web).
 *
 * <p>Run on purpose, not in {@code mvn verify}: {@code bench/portability-check.sh}
 * starts Virtuoso and calls this. Usage:
 * {@code PortabilityCheck DUMP.nq[.gz] ENDPOINT QUERY_DIR...}.
 * Exit 0 when every query agrees, 1 when one differs or fails, 2 on bad usage.
 */
public final class PortabilityCheck {
    /** A query the peer has not answered in this long is reported as an error. */
    static final long PEER_TIMEOUT_SECONDS = 60;

    private final DatasetGraph jena;
    private final List<String> graphs = new ArrayList<>();
    private final String endpoint;
    private final Map<String, Integer> tally = new HashMap<>();

    private PortabilityCheck(Path dump, String endpoint) throws IOException {
        this.endpoint = endpoint;
        this.jena = Store.open(null);
        try (InputStream in = open(dump)) {
            Txn.executeWrite(jena, () -> RDFParser.source(in).lang(Lang.NQUADS).parse(jena));
        }
        Txn.executeRead(jena, () -> jena.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI())));
    }

    private static InputStream open(Path dump) throws IOException {
        InputStream in = Files.newInputStream(dump);
        return dump.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: PortabilityCheck DUMP.nq[.gz] ENDPOINT QUERY_DIR...");
            System.exit(2);
        }
        PortabilityCheck check = new PortabilityCheck(Path.of(args[0]), args[1]);
        List<Path> queries = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (!Files.isDirectory(Path.of(args[i])))
                continue;
            try (Stream<Path> s = Files.list(Path.of(args[i]))) {
                s.filter(p -> p.toString().endsWith(".rq")).sorted().forEach(queries::add);
            }
        }
        System.out.printf("portability: %d quads in %d graphs; %d queries; peer %s%n",
                Store.size(check.jena), check.graphs.size(), queries.size(), args[1]);
        for (Path q : queries)
            check.run(q);
        System.out.println("portability: " + check.tally);
        System.exit(check.tally.getOrDefault("DIFF", 0) + check.tally.getOrDefault("ERROR", 0) > 0 ? 1 : 0);
    }

    private void run(Path file) throws IOException {
        String name = file.getParent().getFileName() + "/" + file.getFileName();
        List<String> lines = Files.readAllLines(file);
        Query q;
        try {
            q = Defaults.bind(QueryFactory.create(String.join("\n", lines)), Defaults.of(lines));
        } catch (RuntimeException e) {
            report("ERROR", name, "does not parse as SPARQL 1.1: " + e.getMessage());
            return;
        }
        if (q.serialize().matches("(?is).*\\bSERVICE\\b.*")) {
            report("SKIP", name, "uses SERVICE (reaches another endpoint)");
            return;
        }
        try {
            compare(name, q);
        } catch (QueryExceptionHTTP e) {
            String body = e.getResponse() == null ? "" : e.getResponse().replaceAll("\\s+", " ").trim();
            String shown = body.length() <= 300 ? body
                    : body.substring(0, 100) + " ... " + body.substring(body.length() - 200);
            report("ERROR", name, e.getStatusCode() < 0 ? "peer gave no answer within " + PEER_TIMEOUT_SECONDS + " s"
                    : "peer answered " + e.getStatusCode() + ": " + shown);
        } catch (RuntimeException e) {
            report("ERROR", name, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void compare(String name, Query q) {
        try (QueryExecution local = QueryExecutionFactory.create(q, DatasetFactory.wrap(jena));
                QueryExecution remote = remote(q)) {
            if (q.isAskType()) {
                boolean a = Txn.calculateRead(jena, local::execAsk), b = remote.execAsk();
                report(a == b ? "OK" : "DIFF", name, "ASK jena=" + a + " peer=" + b);
            } else if (q.isSelectType()) {
                Map<String, String> concat = Normalised.groupConcats(q);
                List<String> a = Txn.calculateRead(jena, () -> Normalised.rows(local.execSelect(), concat));
                List<String> b = Normalised.rows(remote.execSelect(), concat);
                Verdict.of(a, b, q.hasOrderBy()).print(name, this::report);
            } else if (q.isConstructType()) {
                var a = Txn.calculateRead(jena, () -> local.execConstruct().getGraph());
                var b = remote.execConstruct().getGraph();
                boolean same = org.apache.jena.sparql.util.IsoMatcher.isomorphic(a, b);
                report(same ? "OK" : "DIFF", name, "CONSTRUCT jena=" + a.size() + " peer=" + b.size() + " triples");
            } else {
                report("SKIP", name, "DESCRIBE is implementation-defined");
            }
        }
    }

    private QueryExecution remote(Query q) {
        // Long queries are sent as an HTML form (application/x-www-form-urlencoded), not as an
        // application/sparql-query body, Jena's default: Virtuoso 7.2.5 never answers the latter
        // (the request hangs until the timeout, whatever the query).
        QueryExecutionHTTPBuilder b = QueryExecutionHTTP.service(endpoint).query(q.serialize())
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .timeout(PEER_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        for (String g : graphs) {
            b.addDefaultGraphURI(g);
            b.addNamedGraphURI(g);
        }
        return b.build();
    }

    private void report(String verdict, String name, String detail) {
        tally.merge(verdict, 1, Integer::sum);
        System.out.printf("%-5s %s: %s%n", verdict, name, detail);
    }
}
