package org.w3id.cydip.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * The workbench's front-end files at {@code /assets/...}: the bundles built from
 * {@code src/main/web} into {@code src/main/resources/web/assets/}, served from the
 * classpath (see {@link AssetServlet}).
 */
public final class AssetModule implements FusekiModule {
    /** Where the built files are on the classpath. */
    static final String CLASSPATH_FOLDER = "web/assets/";

    @Override
    public String name() {
        return "assets";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet(AssetServlet.PATH + "*", new AssetServlet(new AssetCatalogue(CLASSPATH_FOLDER)));
    }
}
