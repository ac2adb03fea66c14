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
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.cydip.vocab.Cydip;

/**
 * Reads a cydip project (ontology, concept schemes, shapes, data) into one graph
 * per kind. The ontology directory becomes the {@code ontology} graph; each data
 * file {@code data/NAME.ext} becomes the graph {@code https://w3id.org/cydip/graph/NAME}; the
 * type closure of them all ({@link Inference}) becomes the graph {@code graph/inferred}.
 */
public final class GraphLoader {
    private GraphLoader() {}

    public static LoadedGraph load(ProjectFiles project) {
        List<Part> ontologyParts = parseAll(project, project.ontologyFiles());
        List<Part> dataParts = parseAll(project, project.dataFiles());
        List<Part> shapeParts = parseAll(project, project.shapeFiles());

        Map<Node, Graph> graphs = new LinkedHashMap<>();
        graphs.put(Cydip.graph("ontology"), merge(ontologyParts));
        for (Part p : dataParts)
            graphs.merge(Cydip.graph(kindOf(p.file())), p.graph(), GraphLoader::addAll);
        graphs.put(Inference.GRAPH, Inference.over(graphs.get(Cydip.graph("ontology"))).derivedFrom(List.copyOf(graphs.values())));
        Graph shapes = merge(shapeParts);
        if (shapes.isEmpty())
            throw new LoadException(project + ": no SHACL shapes found under shapes/");

        // Prefixes, origins and the file list in file order, so the result does not depend on parse order.
        PrefixMapping prefixes = new PrefixMappingImpl();
        Origins origins = new Origins();
        List<String> files = new ArrayList<>();
        for (List<Part> parts : List.of(ontologyParts, dataParts, shapeParts))
            for (Part p : parts) {
                p.prefixes().getNsPrefixMap().forEach(prefixes::setNsPrefix);
                origins.addAll(p.origins());
                files.add(p.name());
            }
        return new LoadedGraph(graphs, shapes, prefixes, origins, files);
    }

    /** One file, parsed on its own. */
    private record Part(Path file, String name, Graph graph, PrefixMapping prefixes, Origins origins) {}

    /** Parses the files in parallel (each into its own graph); the list keeps the files' order. */
    private static List<Part> parseAll(ProjectFiles project, List<Path> files) {
        return files.parallelStream().map(f -> parse(project, f)).toList();
    }

    private static Graph merge(List<Part> parts) {
        Graph g = GraphFactory.createDefaultGraph();
        parts.forEach(p -> addAll(g, p.graph()));
        return g;
    }

    private static Graph addAll(Graph into, Graph from) {
        from.find().forEachRemaining(into::add);
        return into;
    }

    /** The graph a file's triples go into: the ontology's for ontology files, else its kind's. */
    public static Node graphOf(ProjectFiles project, Path file) {
        return file.startsWith(project.root().resolve("ontology")) ? Cydip.graph("ontology") : Cydip.graph(kindOf(file));
    }

    /** {@code data/votes.ttl} is of kind {@code votes}. */
    static String kindOf(Path file) {
        String n = file.getFileName().toString();
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static Part parse(ProjectFiles project, Path f) {
        String name = project.displayName(f);
        Graph graph = GraphFactory.createDefaultGraph();
        PrefixMapping prefixes = new PrefixMappingImpl();
        Origins origins = new Origins();
        StreamRDF dest = RdfFiles.keepingPrefixes(StreamRDFLib.graph(graph), prefixes);
        RdfFiles.parse(f, name, dest, origins);
        return new Part(f, name, graph, prefixes, origins);
    }
}
