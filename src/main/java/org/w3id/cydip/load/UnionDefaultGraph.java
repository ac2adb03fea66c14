package org.w3id.cydip.load;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;

/**
 * An in-memory dataset whose default graph is the union of its named graphs, as
 * TDB2 gives with {@code tdb2:unionDefaultGraph}: queries, Graph Store reads and
 * {@code find} on the default graph see every named graph. Everything is stored in
 * named graphs; a write to the default graph is refused, since it would not be seen.
 * It is a {@link DatasetGraphWrapperView} so that ARQ queries it, not the base.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    UnionDefaultGraph(DatasetGraph base) {
        super(base);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (!isDefault(g))
            return super.find(g, s, p, o);
        return Iter.map(getUnionGraph().find(s, p, o), t -> Quad.create(Quad.defaultGraphIRI, t));
    }

    @Override
    public Iterator<Quad> find(Quad q) {
        return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return isDefault(g) ? getUnionGraph().contains(s, p, o) : super.contains(g, s, p, o);
    }

    @Override
    public boolean contains(Quad q) {
        return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.add(g, s, p, o);
    }

    @Override
    public void add(Quad q) {
        add(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void delete(Quad q) {
        delete(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
    }

    private static boolean isDefault(Node g) {
        return g != null && Quad.isDefaultGraph(g);
    }

    private static void refuseDefault(Node g) {
        if (isDefault(g))
            throw new UnsupportedOperationException("the default graph is the union of the named graphs: write to a named graph");
    }
}
