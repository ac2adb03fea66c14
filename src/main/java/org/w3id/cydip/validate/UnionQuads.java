package org.w3id.cydip.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The union graph's triples of one subject and predicate, read from a TDB2 store's
 * quad index as node ids. The union graph's own find reads the same index in the same
 * order, decodes every quad's four nodes and keeps the first of equal triples; here only
 * the object of each quad is decoded, and equal triples are told apart by the object's
 * id (subject and predicate are given). The answer is the same list. Within a read
 * transaction of the calling thread.
 */
final class UnionQuads {
    private final NodeTupleTable quads;
    private final NodeTable nodes;

    private UnionQuads(NodeTupleTable quads) {
        this.quads = quads;
        this.nodes = quads.getNodeTable();
    }

    /** The quads of {@code dsg} when it is a TDB2 store (seen through wrappers), else null. */
    static UnionQuads of(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof DatasetGraphWrapper w)
            d = w.getWrapped();
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(d);
        return tdb == null ? null : new UnionQuads(tdb.getQuadTable().getNodeTupleTable());
    }

    /** The triples {@code s p ?o} of the union of the named graphs, in the union graph's order. */
    List<Triple> find(Node s, Node p) {
        Iterator<Tuple<NodeId>> it = quads.findAsNodeIds(Node.ANY, s, p, Node.ANY);
        List<Triple> out = new ArrayList<>();
        Set<NodeId> seen = new HashSet<>();
        while (it.hasNext()) {
            NodeId o = it.next().get(3);
            if (seen.add(o))
                out.add(Triple.create(s, p, nodes.getNodeForNodeId(o)));
        }
        return out;
    }
}
