package org.w3id.cydip.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cydip.load.BulkLoad;
import org.w3id.cydip.load.DerivedOnLoad;
import org.w3id.cydip.load.Inference;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.load.StoreDifference;
import org.w3id.cydip.load.StoreLock;
import org.w3id.cydip.load.StoreManifest;
import org.w3id.cydip.load.StoreRelayout;
import org.w3id.cydip.vocab.Cydip;

/**
 * A TDB2 store validated once per content. The store carries the manifest of what
 * it was validated against ({@link StoreManifest}); a start compares it with the
 * project's files and takes the cheapest path that is still exact ({@link Opening.How}):
 * <ul>
 * <li>no store yet: bulk-load the files, validate the whole ({@code BUILT});</li>
 * <li>the same files: open it, validate nothing ({@code REUSED});</li>
 * <li>data files changed: validate their difference incrementally, then apply it
 * ({@code UPDATED});</li>
 * <li>the shapes or the ontology changed: apply any difference and validate the
 * whole ({@code REVALIDATED});</li>
 * <li>another cydip version or store format, or no manifest: rebuild from the files
 * ({@code REBUILT}).</li>
 * </ul>
 * Whatever the path, the curated entries and the record of the last change
 * ({@code curated} and {@code version} graphs) stay as they are, so the change log
 * stays valid; they were validated when accepted. Data that does not conform is
 * refused with its report, and a store is never changed by a refused difference.
 */
public final class ValidatedStore {
    private static final Logger LOG = LoggerFactory.getLogger(ValidatedStore.class);
    /** The graphs a rebuild keeps: they hold what no file holds. */
    static final Set<Node> OWN_GRAPHS = Set.of(Cydip.graph("curated"), Cydip.graph("version"));

    private final ProjectFiles project;
    private final Path dir;
    /** The store; made anew at every rebuild ({@link StoreRelayout}). */
    private DatasetGraph dsg;
    private final StoreManifest now;
    /** How long hashing the project's files took (nanoseconds). */
    private final long hashing;
    private final Graph shapesGraph = GraphFactory.createDefaultGraph();
    private final List<String> shapeFiles = new ArrayList<>();
    private final Shapes shapes;

    private ValidatedStore(ProjectFiles project, Path dir) {
        this.project = project;
        this.dir = dir;
        long t0 = System.nanoTime();
        this.now = StoreManifest.of(project);
        this.hashing = System.nanoTime() - t0;
        for (Path f : project.shapeFiles()) {
            RdfFiles.parse(f, project.displayName(f), StreamRDFLib.graph(shapesGraph), new Origins());
            shapeFiles.add(project.displayName(f));
        }
        if (shapesGraph.isEmpty())
            throw new LoadException(project + ": no SHACL shapes found under shapes/");
        this.shapes = Validation.shapes(shapesGraph);
        if (StoreRelayout.unfinished(dir))   // the last start stopped while making the store anew: finish it
            StoreRelayout.renew(dir, OWN_GRAPHS);
        this.dsg = Store.open(dir);
    }

    /** The validated data of {@code project} in the store {@code dir}. */
    public static ValidatedDataset open(ProjectFiles project, Path dir) {
        try (StoreLock lock = StoreLock.take(dir)) {   // no other process opens the store while this start closes it on purpose
            return new ValidatedStore(project, dir).open();
        }
    }

    private ValidatedDataset open() {
        Optional<StoreManifest> built = StoreManifest.read(dir);
        if (Store.isEmpty(dsg))
            return build(Opening.How.BUILT, "no store in " + dir + " yet");
        if (built.isEmpty())
            return build(Opening.How.REBUILT, "the store in " + dir + " has no record of the files it was validated against"
                    + " (made by an older cydip, or its last build did not finish)");
        StoreManifest was = built.get();
        if (!was.sameBuild(now))
            return build(Opening.How.REBUILT, "the store was built by cydip " + was.version() + " (store format " + was.format()
                    + "); this is cydip " + now.version() + " (format " + now.format() + ")");
        Set<String> changed = was.changedFiles(now);
        if (changed.isEmpty())
            return served(null, was, Opening.How.REUSED, "unchanged since it was validated: the same " + now.hashes().size()
                    + " files (SHA-256); not validated again", new Origins());
        boolean schema = changed.stream().anyMatch(f -> f.startsWith("shapes/") || f.startsWith("ontology/"));
        return update(was, changed, schema);
    }

    /** Applies the difference of the changed files, validated incrementally (or whole, after a schema change). */
    private ValidatedDataset update(StoreManifest was, Set<String> changed, boolean whole) {
        Set<String> files = new java.util.TreeSet<>(changed);
        files.removeIf(f -> f.startsWith("shapes/"));
        Phases phases = new Phases();
        phases.add("files hashed", hashing);
        StoreDifference.Files read = phases.time("changed graphs parsed", () -> StoreDifference.read(project, files));
        StoreDifference diff = phases.time("compared with the store", () -> read.against(dsg));
        ValidationReport report = phases.time(whole ? "validated whole" : "validated incrementally", () -> Txn.calculateRead(dsg, () -> {
            Graph removed = diff.removedFromUnion(dsg);
            Graph added = diff.allAdded();
            Graph base = dsg.getUnionGraph();
            return whole ? Validation.validateWhole(shapes, new Union(new Difference(base, removed), added))
                    : IncrementalValidation.validate(shapes, base, added, removed);
        }));
        Opening.How how = whole ? Opening.How.REVALIDATED : Opening.How.UPDATED;
        String why = String.join(", ", changed) + " changed; " + String.format("%,d triples added or removed", diff.size());
        if (Validation.hasViolations(report))
            return refused(report, how, why + "; " + phases + "; the store is left as it was", () -> diff.origins());
        StoreManifest.remove(dir);
        phases.time("applied", () -> diff.applyTo(dsg));
        long derived = phases.time("derived triples", () -> Inference.refresh(dsg, diff));
        StoreManifest after = now.withQuads(was.quads() == StoreManifest.UNKNOWN ? StoreManifest.UNKNOWN : was.quads() + diff.netQuads() + derived);
        phases.time("manifest written", () -> {
            after.write(dir);
            StoredReport.keep(dir, whole ? StoredReport.of(report, shapesGraph, after, dsg) : null);
        });
        return served(report, after, how, why + "; " + phases, diff.origins());
    }

    /** Loads the files into the store (keeping its own graphs) and validates the whole. */
    private ValidatedDataset build(Opening.How how, String why) {
        LOG.info("{} store in {}: {}", how == Opening.How.BUILT ? "building the" : "rebuilding the", dir, why);
        StoreManifest.remove(dir);
        long t0 = System.nanoTime();
        // A rebuild makes the store anew (cydip's indexes, every index but the primary then built by sorting), its own
        // graphs and prefixes held apart (and in a file beside it) and loaded with the files. The derived graph is
        // computed from the quads as they are read and loaded with them.
        // An empty store made with other indexes (BUILT) is made anew too, as before.
        DerivedOnLoad derived;
        if (how == Opening.How.REBUILT || StoreRelayout.needed(dir)) {
            derived = DerivedOnLoad.keeping(StoreRelayout.anew(dir, OWN_GRAPHS));
        } else
            derived = DerivedOnLoad.seeded(dsg);   // a new store: nothing to see
        long triples = BulkLoad.load(Store.tdb(dir), project, BulkLoad.files(project), line -> LOG.info(line), derived);
        StoreRelayout.finished(dir);
        dsg = Store.open(dir);   // the load may have closed the store (indexes built by sorting)
        long t1 = System.nanoTime();
        ValidationReport report = Validation.validateWhole(shapes, dsg);
        double load = (t1 - t0) / 1e9;
        String done = String.format("%s; %,d triples and %,d derived ones bulk-loaded in %.1f s (%,d file triples/s), validated whole in %.1f s",
                why, triples, derived.derived(), load, (long) (triples / Math.max(load, 1e-3)), (System.nanoTime() - t1) / 1e9);
        if (Validation.hasViolations(report))
            return refused(report, how, done, this::originsOfFiles);
        StoreManifest built = now.withQuads(Store.quadsIn(Store.tdb(dir)));
        built.write(dir);
        StoredReport.keep(dir, StoredReport.of(report, shapesGraph, built, dsg));
        return served(report, built, how, done, new Origins());
    }

    /** The store as {@code manifest} describes it, served; its quad count said in its context ({@link StoreManifest#QUADS}). */
    private ValidatedDataset served(ValidationReport report, StoreManifest manifest, Opening.How how, String why, Origins origins) {
        ValidationReport r = report != null ? report : ValidationReport.create().build();
        manifest.tell(dsg);
        return new ValidatedDataset(dsg, loaded(origins), shapes, r, how != Opening.How.BUILT, new Opening(how, why));
    }

    private ValidatedDataset refused(ValidationReport report, Opening.How how, String why, Supplier<Origins> origins) {
        return new ValidatedDataset(null, loaded(origins.get()), shapes, report, how != Opening.How.BUILT, new Opening(how, why));
    }

    private LoadedGraph loaded(Origins origins) {
        PrefixMapping prefixes = new PrefixMappingImpl();
        prefixes.setNsPrefixes(shapesGraph.getPrefixMapping());
        Txn.executeRead(dsg, () -> prefixes.setNsPrefixes(dsg.prefixes().getMapping()));
        List<String> files = new ArrayList<>(now.hashes().keySet());
        return new LoadedGraph(Map.of(), shapesGraph, prefixes, origins, files);
    }

    /** Where each subject is in the files: read again only when a report needs it. */
    private Origins originsOfFiles() {
        Origins origins = new Origins();
        for (Path f : BulkLoad.files(project))
            RdfFiles.parse(f, project.displayName(f), StreamRDFLib.sinkNull(), origins);
        return origins;
    }
}
