package org.w3id.cydip.server;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.web.Workbench;

/**
 * The scholars' workbench: the landing page, search, the gallery of canned
 * queries, the SPARQL editor, the API reference and the curators' page (see
 * {@link WebServlet}); its {@link Workbench} also renders the HTML of the
 * linked-data documents ({@link LinkedDataModule}).
 */
public final class WebModule implements FusekiModule {
    private final Workbench workbench;

    WebModule(ServerContext ctx, Supplier<byte[]> openApi) {
        QueryCatalogue catalogue = ctx.queries();
        this.workbench = new Workbench(ctx.data().dataset(), ctx.project(), catalogue,
                () -> new String(openApi.get(), StandardCharsets.UTF_8));
    }

    /** The pages, for the other modules that answer in HTML. */
    public Workbench workbench() {
        return workbench;
    }

    @Override
    public String name() {
        return "cydip-web";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        WebServlet pages = new WebServlet(workbench);
        for (String path : new String[] {"", "/search", "/queries", "/queries/*", "/sparql", "/curators",
                "/api", "/api/docs", "/api/search", "/api/vocabulary"})
            builder.addServlet(path, pages);
    }
}
