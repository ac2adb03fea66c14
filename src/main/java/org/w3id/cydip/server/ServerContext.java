package org.w3id.cydip.server;

import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.load.DataVersion;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * What every server feature may need: the validated data, where it came from, the
 * server options and the curator API's settings.
 */
public record ServerContext(ValidatedDataset data, ProjectFiles project, ServerOptions options,
        CurateSettings curate) {

    public ServerContext(ValidatedDataset data, ProjectFiles project, ServerOptions options) {
        this(data, project, options, CurateSettings.defaults());
    }

    /** The data's version: it goes up with every accepted entry (see {@link DataVersion}). */
    public long dataVersion() {
        return DataVersion.current(data.dataset());
    }
}
