package org.w3id.cydip.replicate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.StreamRDF;
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
import org.w3id.cydip.curate.ChangeHead;
import org.w3id.cydip.load.LoadException;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.load.Origins;
import org.w3id.cydip.load.ProjectFiles;
import org.w3id.cydip.load.RdfFiles;
import org.w3id.cydip.load.Store;
import org.w3id.cydip.load.StoreLock;
import org.w3id.cydip.load.StoreRelayout;
import org.w3id.cydip.validate.Opening;
import org.w3id.cydip.validate.ValidatedDataset;
import org.w3id.cydip.validate.Validation;

/**
 * A replica's data at start: its own store as it left it, or, for a new replica
 * (no store, or an empty one), the primary's dump, loaded in one transaction. The
 * dump is N-Quads read with its blank-node labels kept, so the copy is exact, and
 * it carries the primary's last change ({@link ChangeHead}), so the replica knows
 * where to follow from. The replica's own project gives what is not data: the
 * shapes the data is validated with (as at every start of any cydip server, and
 * for {@code /api/validate}), the prefixes, the canned queries.
 */
public final class ReplicaData {
    private static final Logger LOG = LoggerFactory.getLogger(ReplicaData.class);

    private ReplicaData() {}

    /** The validated data of a replica of {@code primary}, kept in {@code store} (null: in memory). */
    public static ValidatedDataset open(ProjectFiles project, Path store, URI primary) {
        Graph shapesGraph = GraphFactory.createDefaultGraph();
        PrefixMapping prefixes = new PrefixMappingImpl();
        Origins origins = new Origins();
        List<String> files = new ArrayList<>();
        read(project, project.ontologyFiles(), StreamRDFLib.sinkNull(), prefixes, origins, files);
        read(project, project.shapeFiles(), StreamRDFLib.graph(shapesGraph), prefixes, origins, files);
        if (shapesGraph.isEmpty())
            throw new LoadException(project + ": no SHACL shapes found under shapes/");
        DatasetGraph dsg = opened(store);
        boolean reused = !Store.isEmpty(dsg);
        if (reused)
            Txn.executeRead(dsg, () -> prefixes.setNsPrefixes(dsg.prefixes().getMapping()));
        else
            fromDump(dsg, primary, prefixes);
        Shapes shapes = Validation.shapes(shapesGraph);
        ValidationReport report = Validation.validateWhole(shapes, dsg);
        LoadedGraph loaded = new LoadedGraph(Map.of(), shapesGraph, prefixes, origins, files);
        Opening opening = new Opening(Opening.How.REPLICA, reused ? "its own store, as it left it" : "the primary's dump");
        return new ValidatedDataset(Validation.hasViolations(report) ? null : dsg, loaded, shapes, report, reused, opening);
    }

    /**
     * The replica's store (in memory if {@code store} is null), opened under cydip's lock as a primary's start
     * opens one. A directory whose rebuild as a primary's store stopped part-way ({@code cydip-kept.trig}: the
     * store half made) is refused: serving it would serve half a graph.
     */
    private static DatasetGraph opened(Path store) {
        if (store == null)
            return Store.open(null);
        if (StoreRelayout.unfinished(store))
            throw new ReplicateException(store + ": a primary's store whose rebuild stopped part-way (" + StoreRelayout.KEPT
                    + " is there): start it as a primary (cydip serve --store " + store + ") to finish it, or give the replica a store of its own");
        try (StoreLock lock = StoreLock.take(store)) {
            return Store.open(store);
        }
    }

    /** Fills the empty {@code dsg} with the primary's dump and {@code prefixes}, in one transaction. */
    static void fromDump(DatasetGraph dsg, URI primary, PrefixMapping prefixes) {
        try (PrimaryClient client = new PrimaryClient(primary); InputStream in = new GZIPInputStream(client.dump(), 1 << 16)) {
            Txn.executeWrite(dsg, () -> {
                RDFParser.source(in).lang(Lang.NQUADS).labelToNode(LabelToNode.createUseLabelEncoded())
                        .parse(StreamRDFLib.dataset(dsg));
                prefixes.getNsPrefixMap().forEach(dsg.prefixes()::add);
            });
            LOG.info("loaded the dump of {} (at change {})", client.base(), ChangeHead.id(dsg));
        } catch (IOException | UncheckedIOException e) {
            throw new ReplicateException.Unreachable(primary + PrimaryClient.DUMP + ": cannot read the primary's dump: "
                    + e.getMessage(), e);
        } catch (RiotException e) {
            throw new ReplicateException(primary + PrimaryClient.DUMP + ": the primary's dump is not N-Quads: " + e.getMessage(), e);
        }
    }

    /** Parses {@code paths} into {@code dest}, keeping their prefixes. */
    private static void read(ProjectFiles project, List<Path> paths, StreamRDF dest, PrefixMapping prefixes, Origins origins,
            List<String> names) {
        for (Path f : paths) {
            String name = project.displayName(f);
            RdfFiles.parse(f, name, RdfFiles.keepingPrefixes(dest, prefixes), origins);
            names.add(name);
        }
    }
}
