package org.w3id.cydip.server;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * Federation (SPARQL {@code SERVICE}) limited to an allow-list: the dataset gets
 * its own service-executor registry holding only Jena's HTTP executor behind a
 * {@link ServiceAllowList}. With an empty list (the default) HTTP SERVICE also
 * stays switched off ({@code ARQ.httpServiceAllowed} false), so nothing is fetched.
 * SERVICE requests follow no redirect: an allowed endpoint's 3xx is refused
 * ({@link ServiceAllowList}), never followed to an address off the list.
 */
public final class FederationModule implements FusekiModule {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private final DatasetGraph dataset;
    private final Set<String> allowed;

    public FederationModule(ServerContext ctx) {
        this.dataset = ctx.data().dataset();
        this.allowed = Set.copyOf(ctx.options().federate());
    }

    @Override
    public String name() {
        return "federation";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        install(dataset, allowed);
    }

    /** Limits SERVICE on {@code dsg} to the {@code allowed} endpoint URLs (none: no SERVICE at all). */
    public static void install(DatasetGraph dsg, Set<String> allowed) {
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.add(ServiceExecutorRegistry.httpService);
        registry.addSingleLink(new ServiceAllowList(allowed));
        ServiceExecutorRegistry.set(dsg.getContext(), registry);
        dsg.getContext().set(ARQ.httpServiceAllowed, !allowed.isEmpty());
        // An allowed endpoint's redirect must not lead off the list: no redirect is followed.
        dsg.getContext().set(Service.httpQueryClient, HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(CONNECT_TIMEOUT).build());
    }
}
