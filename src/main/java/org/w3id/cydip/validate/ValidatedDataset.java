package org.w3id.cydip.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.load.Store;

/**
 * The start of every run, for the CLI and the server alike: read the project,
 * validate it once, and put it into the Dataset only if it conforms. A store that
 * already holds data is reused as it is (with the entries accepted since): its
 * content is validated against the project's shapes, and data/ is not read.
 *
 * @param reused true when the dataset came from an existing store; then
 *               {@code loaded} holds the shapes and the store's prefixes only
 */
public record ValidatedDataset(DatasetGraph dataset, LoadedGraph loaded, Shapes shapes, ValidationReport report,
        boolean reused) {

    public ValidatedDataset(DatasetGraph dataset, LoadedGraph loaded, Shapes shapes, ValidationReport report) {
        this(dataset, loaded, shapes, report, false);
    }

    public boolean conforms() {
        return !Validation.hasViolations(report);
    }

    /**
     * Loads and validates {@code project}. When the data conforms, the dataset is
     * filled (in memory, or in {@code storeDir}); when it does not, the dataset is
     * null and the report says why. A non-empty store is reused, not re-loaded.
     */
    public static ValidatedDataset open(ProjectFiles project, Path storeDir) {
        if (storeDir != null) {
            DatasetGraph dsg = Store.open(storeDir);
            if (!Store.isEmpty(dsg))
                return reuse(project, dsg);
        }
        LoadedGraph loaded = GraphLoader.load(project);
        Shapes shapes = Validation.shapes(loaded.shapes());
        if (storeDir != null) {
            // Nothing reaches the disk before the data is known to conform.
            ValidationReport report = Validation.validate(shapes, loaded.union());
            if (Validation.hasViolations(report))
                return new ValidatedDataset(null, loaded, shapes, report);
            DatasetGraph dsg = Store.open(storeDir);
            Store.fill(dsg, loaded);
            return new ValidatedDataset(dsg, loaded, shapes, report);
        }
        // In memory, filling and validating are independent: overlap them, and drop the dataset on a violation.
        DatasetGraph dsg = Store.open(null);
        CompletableFuture<Void> filling = CompletableFuture.runAsync(() -> Store.fill(dsg, loaded));
        ValidationReport report = Validation.validate(shapes, loaded.union());
        filling.join();
        return new ValidatedDataset(Validation.hasViolations(report) ? null : dsg, loaded, shapes, report);
    }

    /** The store as it is, validated in place against the project's shapes. */
    private static ValidatedDataset reuse(ProjectFiles project, DatasetGraph dsg) {
        PrefixMapping prefixes = new PrefixMappingImpl();
        Txn.executeRead(dsg, () -> prefixes.setNsPrefixes(dsg.prefixes().getMapping()));
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        List<String> files = new ArrayList<>();
        Origins origins = new Origins();
        for (Path f : project.shapeFiles()) {
            RdfFiles.parse(f, project.displayName(f), StreamRDFLib.graph(shapesGraph), origins);
            files.add(project.displayName(f));
        }
        if (shapesGraph.isEmpty())
            throw new LoadException(project + ": no SHACL shapes found under shapes/");
        Shapes shapes = Validation.shapes(shapesGraph);
        ValidationReport report = Txn.calculateRead(dsg, () -> Validation.validate(shapes, dsg.getUnionGraph()));
        LoadedGraph loaded = new LoadedGraph(Map.of(), shapesGraph, prefixes, origins, files);
        return new ValidatedDataset(Validation.hasViolations(report) ? null : dsg, loaded, shapes, report, true);
    }
}
