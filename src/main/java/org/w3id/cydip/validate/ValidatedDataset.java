package org.w3id.cydip.validate;

import java.nio.file.Path;

import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;

/**
 * The start of every run, for the CLI and the server alike: read the project,
 * validate it once, and put it into the Dataset only if it conforms.
 */
public record ValidatedDataset(DatasetGraph dataset, LoadedGraph loaded, Shapes shapes, ValidationReport report) {

    public boolean conforms() {
        return !Validation.hasViolations(report);
    }

    /**
     * Loads and validates {@code project}. When the data conforms, the dataset is
     * filled (in memory, or in {@code storeDir}); when it does not, the dataset is
     * null and the report says why.
     */
    public static ValidatedDataset open(ProjectFiles project, Path storeDir) {
        LoadedGraph loaded = GraphLoader.load(project);
        Shapes shapes = Validation.shapes(loaded.shapes());
        ValidationReport report = Validation.validate(shapes, loaded.union());
        if (Validation.hasViolations(report))
            return new ValidatedDataset(null, loaded, shapes, report);
        DatasetGraph dsg = Store.open(storeDir);
        if (Store.isEmpty(dsg))
            Store.fill(dsg, loaded);
        return new ValidatedDataset(dsg, loaded, shapes, report);
    }
}
