package org.w3id.cydip.server;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server: dataset {@code /cydip}, read-only. SPARQL query at
 * {@code /cydip/sparql} (and {@code /cydip/query}, {@code /cydip}), Graph Store
 * Protocol read at {@code /cydip/get} and {@code /cydip/data}. No update or upload
 * operation is registered, so an update gets a 4xx and changes nothing.
 */
public final class CydipServer {
    /** The dataset's path on the server. */
    public static final String DATASET = "/cydip";

    private CydipServer() {}

    /** Builds (does not start) the server on {@code dataset}, with no extra features. */
    public static FusekiServer build(DatasetGraph dataset, ServerOptions options) {
        return build(dataset, options, List.of());
    }

    /** Builds (does not start) the server on {@code dataset}, with the given feature modules. */
    public static FusekiServer build(DatasetGraph dataset, ServerOptions options, List<FusekiModule> features) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.queryTimeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get")
                .addEndpoint(Operation.GSP_R, "data")
                .addEndpoint(Operation.GSP_R)
                .build();
        FusekiServer server = FusekiServer.create()
                .port(options.port())
                .add(DATASET, service)
                .enablePing(true)
                .addFilter("/*", new NoTraceFilter())
                .fusekiModules(FusekiModules.create(features))
                .build();
        bind(server, options.host());
        return server;
    }

    private static void bind(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(host);
    }

    /** The base URL a client uses, e.g. {@code http://127.0.0.1:3030}. */
    public static String baseUrl(FusekiServer server, String host) {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : h) + ":" + server.getHttpPort();
    }
}
