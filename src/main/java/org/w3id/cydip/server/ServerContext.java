package org.w3id.cydip.server;

import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.validate.ValidatedDataset;

/** What every server feature may need: the validated data, where it came from, and the server options. */
public record ServerContext(ValidatedDataset data, ProjectFiles project, ServerOptions options) {}
