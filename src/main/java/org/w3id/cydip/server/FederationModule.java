package org.w3id.cydip.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.query.ARQ;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;

/**
 * Federation (SPARQL {@code SERVICE}) limited to an allow-list: the dataset gets
 * its own service-executor registry holding only Jena's HTTP executor behind a
 * {@link ServiceAllowList}. With an empty list (the default) HTTP SERVICE also
 * stays switched off ({@code ARQ.httpServiceAllowed} false), so nothing is fetched.
 */
public final class FederationModule implements FusekiModule {
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
    }
}
