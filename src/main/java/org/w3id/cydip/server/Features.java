package org.w3id.cydip.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.sys.FusekiModule;

/**
 * The server's features, one {@link FusekiModule} each (canned-query API, curator
 * API, linked-data pages, ...). Register a new feature here, in one line; each
 * gets the {@link ServerContext} that {@link CydipServer.Builder#build()} made.
 */
public final class Features {
    private Features() {}

    public static List<FusekiModule> all(ServerContext ctx) {
        List<FusekiModule> modules = new ArrayList<>();
        modules.add(new LimitsModule(ctx));   // first: its filter is the outermost
        modules.add(new FederationModule(ctx));
        var openApi = OpenApiDocument.lazy(ctx.queries());   // one document, for the API and its reference page
        WebModule web = new WebModule(ctx, openApi);   // the workbench also renders the linked data's HTML
        modules.add(new LinkedDataModule(ctx, web.workbench()));
        modules.add(web);
        modules.add(new QueryApiModule(ctx, openApi));
        modules.add(new SparqlResponseModule());
        modules.add(new CurateModule(ctx));
        modules.add(new ReplicationModule(ctx));
        modules.add(new AssetModule());
        return modules;
    }
}
