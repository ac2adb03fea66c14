package org.w3id.cydip.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.w3id.cydip.publish.Representation;
import org.w3id.cydip.publish.Views;
import org.w3id.cydip.web.Workbench;

/**
 * Linked data: dereferenceable {@code /id/...} IRIs, {@code /ontology},
 * {@code /.well-known/void} (VoID, DCAT, Service Description), the Service
 * Description on a bare GET of the dataset and its SPARQL endpoints, and
 * whole-graph dumps.
 */
public final class LinkedDataModule implements FusekiModule {
    private final ServerContext ctx;
    private final Workbench pages;

    /** Linked data on {@code ctx}'s dataset; {@code pages} renders its HTML. */
    public LinkedDataModule(ServerContext ctx, Workbench pages) {
        this.ctx = ctx;
        this.pages = pages;
    }

    @Override
    public String name() {
        return "linked-data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        LinkedDataServlet views = new LinkedDataServlet(new Views(ctx.data().dataset(), pages), pages);
        builder.addServlet("/id/*", views);
        for (String doc : new String[] {Views.ONTOLOGY, Views.VOID}) {
            builder.addServlet(doc, views);
            for (Representation r : Representation.RESOURCES)
                builder.addServlet(doc + "." + r.extension, views);
        }
        builder.addServlet(DumpServlet.PATH + "*", new DumpServlet(ctx.data().dataset()));
        ServiceDescriptionFilter description = new ServiceDescriptionFilter(views);
        for (String endpoint : new String[] {"", "/sparql", "/query"})
            builder.addFilter(CydipServer.DATASET + endpoint, description);
    }
}
