package org.w3id.cydip.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.replicate.ChangeFeed;
import org.w3id.cydip.replicate.Follower;

/**
 * Read replicas. On a primary (a server with a store): its change log, read-only,
 * at {@code /changes} ({@link ChangesServlet}). On a replica ({@code --follow URL}):
 * the follower that applies the primary's changes, started and stopped with the
 * server. On every server: {@code /$/status} ({@link StatusServlet}).
 */
public final class ReplicationModule implements FusekiModule {
    private final ServerContext ctx;
    private Follower follower;

    public ReplicationModule(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String name() {
        return "cydip-replication";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DatasetGraph dsg = ctx.data().dataset();
        Path store = ctx.curate().store();
        if (ctx.replica()) {
            follower = Follower.of(dsg, ctx.follow());
            builder.addServlet(StatusServlet.PATH, StatusServlet.replica(dsg, follower::status));
        } else if (store != null) {
            ChangesServlet changes = new ChangesServlet(new ChangeFeed(dsg, CurateSettings.changeDir(store)));
            builder.addServlet(ChangesServlet.PATH, changes);
            builder.addServlet(ChangesServlet.PATH + "/*", changes);
            builder.addServlet(StatusServlet.PATH, StatusServlet.primary(dsg));
        } else {
            builder.addServlet(StatusServlet.PATH, StatusServlet.standalone(dsg));
        }
    }

    @Override
    public void serverAfterStarting(FusekiServer server) {
        if (follower != null)
            follower.start();
    }

    @Override
    public void serverStopped(FusekiServer server) {
        if (follower != null)
            follower.stop();
    }

    /**
     * Checks {@code --follow} before anything is read: an http(s) URL, and no
     * curators, since a replica takes no entries.
     */
    static void checkFollow(URI primary, boolean curators) {
        if (primary == null)
            return;
        if (!("http".equals(primary.getScheme()) || "https".equals(primary.getScheme())) || primary.getHost() == null)
            throw new ServerConfigException("--follow " + primary + ": expected the primary's http(s) URL, e.g. http://primary:3030");
        if (curators)
            throw new ServerConfigException("--follow " + primary + ": a read replica takes no entries (curators send them"
                    + " to the primary); drop --curators");
    }
}
