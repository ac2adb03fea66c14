package org.w3id.cydip.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterSingleton;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * The first link of the SERVICE chain: lets a SERVICE through to the HTTP executor
 * only when its endpoint, after the current binding is substituted (so
 * {@code SERVICE ?x} is checked against what {@code ?x} is bound to), is exactly one
 * of the allowed URLs. Anything else is refused before any connection is made; an
 * allowed endpoint that answers with a redirect is refused too (redirects are not
 * followed, see {@link FederationModule}).
 *
 * <p>The refusal is Jena's {@link QueryDeniedException}, not a cydip exception,
 * because it is thrown inside query evaluation and Fuseki turns exactly that type
 * into a 422 carrying the message; {@code SERVICE SILENT} is refused silently, as
 * SPARQL 1.1 asks, still without a connection.
 */
record ServiceAllowList(Set<String> allowed) implements ChainingServiceExecutor {
    ServiceAllowList {
        allowed = Set.copyOf(allowed);
    }

    /**
     * {@code urls} as an allow-list, each checked to be an absolute http(s) URL with a
     * host; a {@link ServerConfigException} names the first that is not.
     */
    static List<String> endpoints(List<String> urls) {
        for (String url : urls) {
            URI u;
            try {
                u = new URI(url);
            } catch (URISyntaxException e) {
                throw new ServerConfigException("--federate: not an http(s) endpoint URL: " + url);
            }
            if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null)
                throw new ServerConfigException("--federate: not an http(s) endpoint URL: " + url);
        }
        return List.copyOf(urls);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node endpoint = opExecute.getService();
        if (endpoint != null && endpoint.isURI() && allowed.contains(endpoint.getURI()))
            return notRedirected(endpoint, () -> chain.createExecution(opExecute, opOriginal, binding, execCxt));
        if (opExecute.getSilent())
            return QueryIterSingleton.create(binding, execCxt);
        throw new QueryDeniedException(refusal(endpoint));
    }

    /** Runs the SERVICE call; an endpoint's redirect (not followed) is refused as the SERVICE itself would be. */
    private static QueryIterator notRedirected(Node endpoint, java.util.function.Supplier<QueryIterator> call) {
        try {
            return call.get();
        } catch (QueryExceptionHTTP e) {
            if (e.getStatusCode() >= 300 && e.getStatusCode() < 400)
                throw new QueryDeniedException("SERVICE " + NodeFmtLib.strTTL(endpoint) + " answered " + e.getStatusCode()
                        + ": redirects are not followed (only the endpoints given to --federate are reached)");
            throw e;
        }
    }

    private String refusal(Node endpoint) {
        String what = endpoint == null ? "(none)" : endpoint.isVariable()
                ? "the unbound variable " + NodeFmtLib.strTTL(endpoint) : NodeFmtLib.strTTL(endpoint);
        return "SERVICE " + what + " refused: federated queries may only reach "
                + (allowed.isEmpty() ? "no endpoint (start the server with --federate URL,...)"
                        : "the endpoints given to --federate: " + allowed.stream().sorted().toList());
    }
}
