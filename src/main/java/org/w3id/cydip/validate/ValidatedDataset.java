package org.w3id.cydip.validate;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.Store;

/**
 * The start of every run, for the CLI and the server alike: read the project,
 * validate it, and serve it only if it conforms. In memory, the files are read and
 * validated whole; with a store, {@link ValidatedStore} validates once per content
 * and says which path it took ({@link #opening()}).
 *
 * @param reused  true when the dataset came from an existing store (reused, updated
 *                or revalidated, or a replica's own); then {@code loaded} holds the
 *                shapes, the store's prefixes and the places of re-read files only
 * @param opening how the data was opened, and why
 */
public record ValidatedDataset(DatasetGraph dataset, LoadedGraph loaded, Shapes shapes, ValidationReport report,
        boolean reused, Opening opening) {

    public ValidatedDataset(DatasetGraph dataset, LoadedGraph loaded, Shapes shapes, ValidationReport report) {
        this(dataset, loaded, shapes, report, false, new Opening(Opening.How.IN_MEMORY, "read from the files"));
    }

    /** The same data, read and written through {@code view} (a wrapper of this dataset). */
    public ValidatedDataset through(DatasetGraph view) {
        return new ValidatedDataset(view, loaded, shapes, report, reused, opening);
    }

    public boolean conforms() {
        return !Validation.hasViolations(report);
    }

    /**
     * Loads and validates {@code project}. When the data conforms, the dataset is
     * filled (in memory, or the validated store in {@code storeDir}, see
     * {@link ValidatedStore}); when it does not, the dataset is null and the report says why.
     */
    public static ValidatedDataset open(ProjectFiles project, Path storeDir) {
        if (storeDir != null)
            return ValidatedStore.open(project, storeDir);
        LoadedGraph loaded = GraphLoader.load(project);
        Shapes shapes = Validation.shapes(loaded.shapes());
        // In memory, filling and validating are independent: overlap them, and drop the dataset on a violation.
        DatasetGraph dsg = Store.open(null);
        CompletableFuture<Void> filling = CompletableFuture.runAsync(() -> Store.fill(dsg, loaded));
        ValidationReport report = Validation.validateWhole(shapes, loaded.union());
        filling.join();
        return new ValidatedDataset(Validation.hasViolations(report) ? null : dsg, loaded, shapes, report, false,
                new Opening(Opening.How.IN_MEMORY, "read from the files and validated whole; for small graphs"));
    }
}
