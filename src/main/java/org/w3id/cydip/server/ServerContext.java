package org.w3id.cydip.server;

import org.w3id.cydip.curate.CurateSettings;
import org.w3id.cydip.curate.DataVersion;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.validate.ValidatedDataset;

/**
 * What every server feature may need: the validated data, where it came from, the
 * server options, the curator API's settings, and the data version (it goes up
 * with every accepted entry; caches key on it).
 */
public record ServerContext(ValidatedDataset data, ProjectFiles project, ServerOptions options,
        CurateSettings curate, DataVersion dataVersion) {

    public ServerContext(ValidatedDataset data, ProjectFiles project, ServerOptions options) {
        this(data, project, options, CurateSettings.defaults(), new DataVersion());
    }
}
