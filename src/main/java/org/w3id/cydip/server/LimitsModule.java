package org.w3id.cydip.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The limits of {@link Limits}: on every route a malformed query string is a 400
 * ({@link QueryStringFilter}); on the SPARQL endpoint and Graph Store reads the
 * request is checked before Fuseki sees it ({@link QueryInputFilter}); raw SPARQL,
 * the canned-query API and linked-data pages each run in their own {@link Lane}
 * ({@link AdmissionFilter}), so cheap requests are never starved behind expensive
 * ones; the change feed, status, workbench pages and assets are in no lane.
 * Registered first in {@link Features}, so its filters are the outermost.
 */
public final class LimitsModule implements FusekiModule {
    private final Limits limits;

    public LimitsModule(ServerContext ctx) {
        this.limits = ctx.options().limits();
    }

    private AdmissionFilter lane(String name, MemoryGuard memory) {
        return new AdmissionFilter(new Lane(name, limits.maxConcurrent(), Limits.ADMISSION_WAIT), memory);
    }

    @Override
    public String name() {
        return "cydip-limits";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addFilter("/*", new QueryStringFilter());
        QueryInputFilter input = new QueryInputFilter(limits);
        builder.addFilter(CydipServer.DATASET + "/*", input);
        builder.addFilter(CydipServer.DATASET, input);
        MemoryGuard memory = new MemoryGuard(Limits.HEAP_REFUSE_FRACTION);
        AdmissionFilter sparql = lane("raw SPARQL", memory);
        builder.addFilter(CydipServer.DATASET + "/*", sparql);
        builder.addFilter(CydipServer.DATASET, sparql);
        builder.addFilter("/api/queries/*", lane("canned-query", memory));
        builder.addFilter("/id/*", lane("linked-data page", memory));
    }
}
