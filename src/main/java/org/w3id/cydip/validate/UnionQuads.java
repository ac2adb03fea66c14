package org.w3id.cydip.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdType;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The union graph's triples matching a pattern, read from a TDB2 store's quad indexes
 * as node ids. The union graph's own find reads the same index in the same order,
 * decodes every quad's four nodes and keeps the first of equal triples; here the graph
 * of a quad is never decoded, nor a position the pattern gives as an IRI or a blank
 * node (its node is the pattern's), and equal triples are told apart by their ids.
 * The answer is the same, in the same order. Within a read transaction of the calling
 * thread.
 * <p>
 * The ids of the IRIs and blank nodes decoded or looked up last are held, and the
 * nodes of the ids decoded last ({@link #MAX_IDS} each): a validation asks for the node
 * it has just read (a vote found by its resolution, then its voter ...) and reads the
 * same votes again for the next shape, and the store's own caches (200,000 ids, 1,000,000
 * nodes, which keep what is asked often) have long lost a vote read among 758,646 (5M triples).
 */
final class UnionQuads {
    /** The most node ids held. */
    static final int MAX_IDS = 1_000_000;

    private final NodeTupleTable quads;
    private final NodeTable nodes;
    private final Map<Node, NodeId> ids = recent();
    private final Map<NodeId, Node> byId = recent();

    private UnionQuads(NodeTupleTable quads) {
        this.quads = quads;
        this.nodes = quads.getNodeTable();
    }

    /**
     * A triple's ids, with its object's kind: NodeId's equals compares the bits only, and
     * an inline literal (the integer 79) can have the bits of a node of the node file (at 79).
     * Subjects and predicates are never inline.
     */
    private record Ids(NodeId s, NodeId p, NodeId o, NodeIdType objectKind) {}

    /** A map that holds the {@link #MAX_IDS} entries used last. */
    private static <K, V> Map<K, V> recent() {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX_IDS;
            }
        };
    }

    /** The quads of {@code dsg} when it is a TDB2 store (seen through wrappers), else null. */
    static UnionQuads of(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (d instanceof DatasetGraphWrapper w)
            d = w.getWrapped();
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(d);
        return tdb == null ? null : new UnionQuads(tdb.getQuadTable().getNodeTupleTable());
    }

    /** The triples of the union of the named graphs that match {@code s p o} (Node.ANY for any), in the union graph's order. */
    Iterator<Triple> find(Node s, Node p, Node o) {
        NodeId si = id(s), pi = id(p), oi = id(o);
        if (NodeId.isDoesNotExist(si) || NodeId.isDoesNotExist(pi) || NodeId.isDoesNotExist(oi))
            return Collections.emptyIterator();
        Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, si, pi, oi);
        Set<Ids> seen = new HashSet<>();
        return Iter.iter(it).map(q -> new Ids(q.get(1), q.get(2), q.get(3), q.get(3).type())).filter(seen::add)
                .map(t -> Triple.create(node(s, t.s()), node(p, t.p()), node(o, t.o())));
    }

    /**
     * The distinct objects of the union's triples with predicate {@code p}, each in the place
     * where the union graph's find ({@code ? p ?}) first gives it; each object decoded once.
     */
    List<Node> objectsOf(Node p) {
        NodeId pi = id(p);
        List<Node> objects = new ArrayList<>();
        if (NodeId.isDoesNotExist(pi))
            return objects;
        Set<Ids> seen = new HashSet<>();
        Iterator<Tuple<NodeId>> it = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, pi, NodeId.NodeIdAny);
        while (it.hasNext()) {
            NodeId o = it.next().get(3);
            if (seen.add(new Ids(null, null, o, o.type())))
                objects.add(node(Node.ANY, o));
        }
        return objects;
    }

    /** The pattern's node when it names the node exactly, else the stored one. */
    private Node node(Node given, NodeId id) {
        if (given.isURI() || given.isBlank())
            return given;
        if (NodeId.isInline(id))
            return nodes.getNodeForNodeId(id);
        // Only ids of the node file: NodeId's equals does not tell an inline literal from them (see Ids).
        Node n = byId.get(id);
        if (n != null)
            return n;
        n = nodes.getNodeForNodeId(id);
        if (n.isURI() || n.isBlank()) {
            ids.put(n, id);
            byId.put(id, n);
        }
        return n;
    }

    /** The id of a node of a pattern (any for Node.ANY), NodeDoesNotExist when the store has no such node. */
    private NodeId id(Node n) {
        if (n == null || Node.ANY.equals(n))
            return NodeId.NodeIdAny;
        if (!n.isURI() && !n.isBlank())
            return nodes.getNodeIdForNode(n);
        NodeId id = ids.get(n);
        if (id == null) {
            id = nodes.getNodeIdForNode(n);
            if (!NodeId.isDoesNotExist(id))
                ids.put(n, id);
        }
        return id;
    }
}
