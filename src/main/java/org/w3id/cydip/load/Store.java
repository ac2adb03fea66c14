package org.w3id.cydip.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The one Dataset that the CLI and the server read: TDB2, in memory by default or
 * in a directory. Named graphs by kind; the default graph is their union.
 */
public final class Store {
    private Store() {}

    /**
     * A transactional in-memory dataset, or a TDB2 store in {@code dir} when it is not
     * null. In memory, Jena's TIM dataset fills four times faster than TDB2 in memory
     * (0.45 s against 1.7 s for the whole graph, cold), which is most of a start.
     * Both are seen through {@link UnionDefaultGraph}, so that SPARQL and the Graph
     * Store Protocol agree on the default graph whatever the storage; SPARQL on TDB2
     * runs on TDB2's own engine.
     */
    public static DatasetGraph open(Path dir) {
        return view(dir == null ? DatasetGraphFactory.createTxnMem() : tdb(dir));
    }

    /**
     * The quad indexes of a store cydip makes: TDB2's six, in TDB2's order. Four (without GPOS
     * and GOSP) loaded 5M triples a fifth faster, but made {@code treaty-camps-overlap} 28%
     * slower (docs/scaling.md): the queries' speed comes first. A store made with other indexes
     * is made anew with these at its rebuild ({@link StoreRelayout}).
     */
    static final String[] QUAD_INDEXES = StoreParams.getDftStoreParams().getQuadIndexes();
    private static final StoreParams PARAMS = StoreParams.builder("cydip", StoreParams.getDftStoreParams())
            .quadIndexes(QUAD_INDEXES).build();

    /**
     * The TDB2 dataset in {@code dir} itself, not seen through the union view (for the bulk loader).
     * A new store is made with {@link #QUAD_INDEXES}; a store made before keeps the indexes it was
     * made with (TDB2 records others in {@code dir/tdb.cfg}), and TDB2 reads and writes all of them.
     */
    public static DatasetGraph tdb(Path dir) {
        return DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), PARAMS);
    }

    /** The quad indexes of the TDB2 store {@code tdb}, its primary one first. */
    public static List<String> quadIndexes(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> List.of(TDBInternal.getDatasetGraphTDB(tdb).getStoreParams().getQuadIndexes()));
    }

    /** {@code base} as cydip reads it: the default graph is the union of the named graphs. */
    public static DatasetGraph view(DatasetGraph base) {
        DatasetGraph dsg = UnionDefaultGraph.over(base);
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        return dsg;
    }

    /** Is there anything in the store? */
    public static boolean isEmpty(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> !dsg.listGraphNodes().hasNext());
    }

    /** Writes the loaded graphs into the dataset, in one transaction. */
    public static void fill(DatasetGraph dsg, LoadedGraph loaded) {
        Txn.executeWrite(dsg, () -> {
            for (Map.Entry<Node, Graph> e : loaded.graphs().entrySet()) {
                Node name = e.getKey();
                e.getValue().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            loaded.prefixes().getNsPrefixMap().forEach((p, iri) -> dsg.prefixes().add(p, iri));
        });
    }

    /**
     * Number of quads in the named graphs of the TDB2 store {@code tdb} ({@link #tdb}), counted
     * in one quad index without reading a node: about a second for 8 million.
     */
    public static long quadsIn(DatasetGraph tdb) {
        return Txn.calculateRead(tdb, () -> TDBInternal.findIndex(tdb, "GSPO").size());
    }

    /** Number of quads in the named graphs. */
    public static long size(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }
}
