package org.w3id.cydip.portability;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * An engine behind the SPARQL 1.1 protocol (Virtuoso; Oxigraph under Node). It is
 * asked with every named graph of the dump as {@code default-graph-uri} and
 * {@code named-graph-uri}, so that its own system graphs stay out and its default
 * graph is their union.
 */
final class HttpEngine implements Engine {
    private final String name;
    private final String endpoint;
    private final List<String> graphs;

    HttpEngine(String name, String endpoint, List<String> graphs) {
        this.name = name;
        this.endpoint = endpoint;
        this.graphs = List.copyOf(graphs);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Answer answer(Case c) {
        try (QueryExec exec = request(c.text())) {
            if (c.query().isSelectType())
                return new Answer.Rows(Normalised.rows(exec.select(), c.concatenated()));
            if (c.query().isAskType())
                return new Answer.Ask(exec.ask());
            return new Answer.Triples(exec.construct());
        }
    }

    private QueryExec request(String text) {
        // Long queries are sent as an HTML form (application/x-www-form-urlencoded), not as an
        // application/sparql-query body, Jena's default: Virtuoso 7.2.5 never answers the latter
        // (the request hangs until the timeout, whatever the query).
        QueryExecHTTPBuilder b = QueryExecHTTP.service(endpoint).query(text)
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .timeout(PortabilityCheck.PEER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        for (String g : graphs) {
            b.addDefaultGraphURI(g);
            b.addNamedGraphURI(g);
        }
        return b.build();
    }
}
