package org.w3id.cydip.load;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;

/**
 * Everything read at start, before it goes into the Dataset: one graph per kind
 * (named after its file), the shapes graph, the prefixes declared in the files, and
 * where each subject came from.
 */
public record LoadedGraph(Map<Node, Graph> graphs, Graph shapes, PrefixMapping prefixes, Origins origins,
        List<String> files) {

    /** All graphs but the shapes, as one graph: what SHACL validates. */
    public Graph union() {
        Graph all = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        graphs.values().forEach(g -> g.find().forEachRemaining(all::add));
        all.getPrefixMapping().setNsPrefixes(prefixes);
        return all;
    }
}
