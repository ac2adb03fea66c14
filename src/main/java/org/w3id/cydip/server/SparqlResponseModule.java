package org.w3id.cydip.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** Small SPARQL responses in one write with a Content-Length (see {@link BufferedResponseFilter}). */
public final class SparqlResponseModule implements FusekiModule {
    @Override
    public String name() {
        return "cydip-sparql-buffering";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (Boolean.getBoolean("cydip.sparql.unbuffered"))   // for bench/queries-bench.sh's before/after
            return;
        builder.addFilter(CydipServer.DATASET + "/*", new BufferedResponseFilter());
        builder.addFilter(CydipServer.DATASET, new BufferedResponseFilter());
    }
}
