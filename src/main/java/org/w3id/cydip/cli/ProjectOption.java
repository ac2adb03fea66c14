package org.w3id.cydip.cli;

import java.nio.file.Path;

import org.w3id.cydip.load.ProjectFiles;

import picocli.CommandLine.Option;

/** {@code --home DIR}: which project's ontology, shapes and data to use. */
public final class ProjectOption {
    @Option(names = "--home", paramLabel = "DIR",
            description = "Project directory holding ontology/, shapes/ and data/ (default: $CYDIP_HOME, else the data built into the jar).")
    Path home;

    public ProjectFiles project() {
        return home != null ? ProjectFiles.directory(home) : ProjectFiles.locate();
    }
}
