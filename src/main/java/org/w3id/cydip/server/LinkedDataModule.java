package org.w3id.cydip.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.publish.Views;

/**
 * Linked data: dereferenceable {@code /id/...} IRIs, {@code /ontology},
 * {@code /.well-known/void} (VoID, DCAT, Service Description), the Service
 * Description on a bare GET of the SPARQL endpoint, and whole-graph dumps.
 */
public final class LinkedDataModule implements FusekiModule {
    private final ServerContext ctx;

    public LinkedDataModule(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String name() {
        return "linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        LinkedDataServlet views = new LinkedDataServlet(new Views(ctx.data().dataset()));
        builder.addServlet("/id/*", views);
        for (String doc : new String[] {Views.ONTOLOGY, Views.VOID}) {
            builder.addServlet(doc, views);
            for (Representation r : Representation.RESOURCES)
                builder.addServlet(doc + "." + r.extension, views);
        }
        builder.addServlet(DumpServlet.PATH + "*", new DumpServlet(ctx.data().dataset()));
        builder.addFilter(CydipServer.DATASET + "/sparql", new ServiceDescriptionFilter(views));
    }
}
