package org.w3id.cydip.web;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cydip.publish.SelfDescription;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code /api/vocabulary}, for the editor's autocompletion and the map: the
 * prefixes, the classes and properties of cydip's ontology and of its VoID
 * partitions (every class and property the data uses), each with its English
 * label, and every state's UN M49 code by its ISO3 code. Nothing from outside.
 */
final class Vocabulary {
    private static final Node VOID_CLASS = NodeFactory.createURI("http://rdfs.org/ns/void#class");
    private static final Node VOID_PROPERTY = NodeFactory.createURI("http://rdfs.org/ns/void#property");

    private Vocabulary() {}

    static String json(DatasetGraph dsg, Snapshot snap) {
        JsonObject out = new JsonObject();
        JsonObject prefixes = new JsonObject();
        new TreeMap<>(Txn.calculateRead(dsg, () -> dsg.prefixes().getMapping())).forEach(prefixes::put);
        out.put("prefixes", prefixes);
        Graph voidGraph = SelfDescription.of(dsg, "").getGraph();
        TreeSet<String> classes = new TreeSet<>();
        TreeSet<String> properties = new TreeSet<>();
        voidGraph.find(Node.ANY, VOID_CLASS, Node.ANY).filterKeep(t -> t.getObject().isURI())
                .forEachRemaining(t -> classes.add(t.getObject().getURI()));
        voidGraph.find(Node.ANY, VOID_PROPERTY, Node.ANY).filterKeep(t -> t.getObject().isURI())
                .forEachRemaining(t -> properties.add(t.getObject().getURI()));
        Map<String, String> m49 = new TreeMap<>();
        Txn.executeRead(dsg, () -> {
            Graph ontology = dsg.getGraph(Cydip.graph("ontology"));
            subjects(ontology, OWL.Class.asNode(), classes);
            for (Node kind : new Node[] {OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                    OWL.AnnotationProperty.asNode()})
                subjects(ontology, kind, properties);
            Graph union = dsg.getUnionGraph();
            for (Triple t : union.find(Node.ANY, Cydip.term("m49"), Node.ANY).toList())
                union.find(t.getSubject(), Cydip.iso3, Node.ANY).nextOptional().ifPresent(iso ->
                        m49.put(iso.getObject().getLiteralLexicalForm(), t.getObject().getLiteralLexicalForm()));
        });
        out.put("classes", terms(classes, snap));
        out.put("properties", terms(properties, snap));
        JsonObject states = new JsonObject();
        m49.forEach(states::put);
        out.put("states", states);
        return out.toString();
    }

    private static void subjects(Graph g, Node type, TreeSet<String> into) {
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI())
                into.add(t.getSubject().getURI());
        });
    }

    private static JsonArray terms(TreeSet<String> iris, Snapshot snap) {
        JsonArray a = new JsonArray();
        for (String iri : iris) {
            JsonObject o = new JsonObject();
            o.put("iri", iri);
            o.put("label", snap.labels.label(NodeFactory.createURI(iri), PageLanguage.ENGLISH).text());
            a.add(o);
        }
        return a;
    }
}
