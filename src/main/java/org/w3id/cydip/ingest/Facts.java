package org.w3id.cydip.ingest;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/** The triples an import produces, one graph per kind ({@code actors}, {@code votes}, ...). */
public final class Facts {
    private final Map<String, Graph> graphs = new TreeMap<>();

    public Map<String, Graph> graphs() {
        return graphs;
    }

    /** Statements about {@code subject} in the graph of {@code kind}. */
    public Subject about(String kind, Node subject) {
        return new Subject(graphs.computeIfAbsent(kind, k -> GraphFactory.createDefaultGraph()), subject);
    }

    /** A fluent writer of one subject's statements; null or blank objects are skipped. */
    public static final class Subject {
        private final Graph graph;
        private final Node subject;

        Subject(Graph graph, Node subject) {
            this.graph = graph;
            this.subject = subject;
        }

        public Node node() {
            return subject;
        }

        public Subject a(Node type) {
            return add(Terms.TYPE, type);
        }

        public Subject add(Node p, Node o) {
            if (o != null)
                graph.add(Triple.create(subject, p, o));
            return this;
        }

        public Subject addAll(Node p, Collection<Node> objects) {
            objects.forEach(o -> add(p, o));
            return this;
        }

        /** A language-tagged string, skipped when blank. */
        public Subject text(Node p, String value, String lang) {
            return value == null || value.isBlank() ? this : add(p, NodeFactory.createLiteralLang(value, lang));
        }

        public Subject en(Node p, String value) {
            return text(p, value, "en");
        }

        /** A plain xsd:string, skipped when blank. */
        public Subject str(Node p, String value) {
            return value == null || value.isBlank() ? this : add(p, NodeFactory.createLiteralString(value));
        }

        public Subject typed(Node p, String value, XSDDatatype type) {
            return value == null || value.isBlank() ? this : add(p, NodeFactory.createLiteralDT(value, type));
        }
    }
}
