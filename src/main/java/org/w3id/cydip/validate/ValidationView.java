package org.w3id.cydip.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The same triples as a graph that does not change while it is validated (a store's
 * union graph inside a read transaction), answering the lookups of {@code sh:class}
 * from memory. Jena checks {@code sh:class} per value node: the node's
 * {@code rdf:type}s, then each type's {@code rdfs:subClassOf} chain, a find each; on
 * a TDB2 union graph each find is an index probe and the decoding of every quad's
 * node ids, and at 0.5M triples these walks were half a whole validation. Here the
 * {@code rdfs:subClassOf} triples are read once (they are the ontology's, a few
 * hundred) and a node's {@code rdf:type} triples once while it stays among the most
 * recently asked; every other find goes to the graph. The answers are the graph's.
 */
public final class ValidationView extends GraphBase {
    /** Past this many rdfs:subClassOf triples, they are not held in memory. */
    static final int MAX_HIERARCHY = 100_000;
    /** The most nodes whose rdf:types are held at once. */
    static final int MAX_TYPED_NODES = 100_000;
    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();

    private final Graph base;
    /** The store's quads when base is a TDB2 store's union graph, else null. */
    private final UnionQuads quads;
    private final Graph hierarchy;
    private final Map<Node, List<Triple>> types = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, List<Triple>> eldest) {
            return size() > MAX_TYPED_NODES;
        }
    };

    public ValidationView(Graph base) {
        this(base, null);
    }

    /**
     * A view of the union graph of {@code store} (read in the calling thread's read
     * transaction): a value lookup ({@code s p ?o}) reads the store's quads by node id.
     */
    public ValidationView(DatasetGraph store) {
        this(store.getUnionGraph(), UnionQuads.of(store));
    }

    private ValidationView(Graph base, UnionQuads quads) {
        this.base = base;
        this.quads = quads;
        this.hierarchy = hierarchyOf(base);
    }

    /** The rdfs:subClassOf triples of {@code base} in memory, or null when there are too many. */
    private static Graph hierarchyOf(Graph base) {
        Graph g = GraphFactory.createDefaultGraph();
        ExtendedIterator<Triple> it = base.find(Node.ANY, SUBCLASS, Node.ANY);
        try {
            while (it.hasNext()) {
                if (g.size() >= MAX_HIERARCHY)
                    return null;
                g.add(it.next());
            }
        } finally {
            it.close();
        }
        return g;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
        Node s = m.getMatchSubject();
        Node p = m.getMatchPredicate();
        Node o = m.getMatchObject();
        if (hierarchy != null && SUBCLASS.equals(p))
            return hierarchy.find(m);
        if (TYPE.equals(p) && s != null && o == null)
            return WrappedIterator.create(typesOf(s).iterator());
        if (quads != null && concreteOrAny(s) && concreteOrAny(p) && concreteOrAny(o))
            return WrappedIterator.create(quads.find(m.getSubject(), m.getPredicate(), m.getObject()));
        return base.find(m);
    }

    private static boolean concreteOrAny(Node n) {
        return n == null || n.isConcrete();
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        Node p = t.getPredicate();
        if (hierarchy != null && SUBCLASS.equals(p))
            return hierarchy.contains(t);
        Node s = t.getSubject();
        if (TYPE.equals(p) && s.isConcrete())
            return typesOf(s).stream().anyMatch(t::matches);
        return base.contains(t);
    }

    /**
     * The distinct objects of {@code p} (an IRI) in the order the graph's find ({@code ? p ?})
     * first gives each, read by node id; null when the view is not of a TDB2 store.
     */
    List<Node> objectsOf(Node p) {
        return quads == null || !p.isURI() ? null : quads.objectsOf(p);
    }

    /** The graph's own prefixes, which a validation report carries. */
    @Override
    public PrefixMapping getPrefixMapping() {
        return base.getPrefixMapping();
    }

    @Override
    protected int graphBaseSize() {
        return base.size();
    }

    private List<Triple> typesOf(Node s) {
        List<Triple> known = types.get(s);
        if (known == null) {
            known = base.find(s, TYPE, Node.ANY).toList();
            types.put(s, known);
        }
        return known;
    }
}
