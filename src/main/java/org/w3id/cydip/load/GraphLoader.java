package org.w3id.cydip.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cydip.vocab.Cydip;

/**
 * Reads a cydip project (ontology, concept schemes, shapes, data) into one graph
 * per kind. The ontology directory becomes the {@code ontology} graph; each data
 * file {@code data/NAME.ext} becomes the graph {@code https://w3id.org/cydip/graph/NAME}.
 */
public final class GraphLoader {
    private GraphLoader() {}

    public static LoadedGraph load(ProjectFiles project) {
        Origins origins = new Origins();
        PrefixMapping prefixes = new PrefixMappingImpl();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();

        Graph ontology = GraphFactory.createDefaultGraph();
        for (Path f : project.ontologyFiles())
            read(project, f, ontology, prefixes, origins, files);
        graphs.put(Cydip.graph("ontology"), ontology);

        for (Path f : project.dataFiles()) {
            Node name = Cydip.graph(kindOf(f));
            Graph g = graphs.computeIfAbsent(name, n -> GraphFactory.createDefaultGraph());
            read(project, f, g, prefixes, origins, files);
        }

        Graph shapes = GraphFactory.createDefaultGraph();
        for (Path f : project.shapeFiles())
            read(project, f, shapes, prefixes, origins, files);
        if (shapes.isEmpty())
            throw new LoadException(project + ": no SHACL shapes found under shapes/");
        return new LoadedGraph(graphs, shapes, prefixes, origins, files);
    }

    /** {@code data/votes.ttl} is of kind {@code votes}. */
    static String kindOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static void read(ProjectFiles project, Path f, Graph into, PrefixMapping prefixes, Origins origins,
            List<String> files) {
        String name = project.displayName(f);
        StreamRDF dest = new StreamRDFWrapper(StreamRDFLib.graph(into)) {
            @Override
            public void prefix(String prefix, String iri) {
                prefixes.setNsPrefix(prefix, iri);
            }
        };
        RdfFiles.parse(f, name, dest, origins);
        files.add(name);
    }
}
