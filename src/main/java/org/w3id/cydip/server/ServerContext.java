package org.w3id.cydip.server;

import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.Curators;
import org.w3id.cydip.load.DataVersion;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.query.QueryCatalogue;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * What every server feature may need, all read before the server is built (see
 * {@link CydipServer.Builder#build()}): the validated data, where it came from, the
 * server options, the curator API's settings, the canned queries and the curators.
 */
public record ServerContext(ValidatedDataset data, ProjectFiles project, ServerOptions options,
        CurateSettings curate, QueryCatalogue queries, Curators curators) {

    /** The data's version: it goes up with every accepted entry (see {@link DataVersion}). */
    public long dataVersion() {
        return DataVersion.current(data.dataset());
    }
}
