package org.w3id.cydip.server;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.curate.ChangeLog;
import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.Curation;
import org.w3id.cydip.curate.Curators;
import org.w3id.cydip.curate.EntryReader;

/**
 * The curator API: {@code POST /api/validate} (public) and {@code POST /api/entries}
 * (curators only). The SPARQL endpoint stays read-only: entries reach the data
 * only through here.
 */
public final class CurateModule implements FusekiModule {
    private static final Logger LOG = LoggerFactory.getLogger(CurateModule.class);
    public static final String VALIDATE = "/api/validate";
    public static final String ENTRIES = "/api/entries";

    private final ServerContext ctx;

    public CurateModule(ServerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String name() {
        return "cydip-curate";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (ctx.data().shapes() == null || ctx.data().loaded() == null) {
            LOG.warn("no shapes to validate entries with: {} and {} are not served", VALIDATE, ENTRIES);
            return;
        }
        CurateSettings s = ctx.curate();
        Curators curators = ctx.curators();
        ChangeLog log = s.changeLog();
        log.reconcile(ctx.data().dataset());
        if (curators.isEmpty())
            LOG.warn("no curators configured (--curators FILE or {}/{}): {} will refuse every request",
                    Curators.USER_ENV, Curators.PASSWORD_ENV, ENTRIES);
        String notDurable = notDurableWarning(s, curators);
        if (notDurable != null)
            LOG.warn(notDurable);
        Curation curation = new Curation(ctx.data().dataset(), ctx.data().shapes(), log);
        EntryReader reader = new EntryReader(s.maxEntryBytes());
        EntryReports reports = new EntryReports(ctx.data().loaded().shapes(), ctx.data().loaded().prefixes(), 50);
        builder.addServlet(VALIDATE, new ValidateServlet(reader, curation, reports));
        builder.addServlet(ENTRIES, new EntriesServlet(reader, curation, curators, reports, s.durable()));
    }

    /** The warning for curators whose entries will not outlive the server (no store), or null. */
    static String notDurableWarning(CurateSettings s, Curators curators) {
        return curators.isEmpty() || s.durable() ? null
                : "curators are configured but there is no --store: entries they add to " + ENTRIES
                        + " are kept in memory only and lost when the server stops (answers say \"durable\": false)";
    }
}
