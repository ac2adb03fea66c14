package org.w3id.cydip.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;

/** {@link Cydip} names every term of {@code ontology/cydip.ttl}, and nothing else of its namespace. */
class CydipTest {
    private static final List<Node> TERM_TYPES = List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode(), RDFS.Class.asNode());

    @Test
    void every_term_of_the_ontology_is_a_constant_and_every_constant_a_term_of_the_ontology() {
        Set<String> defined = ontologyTerms();
        TreeMap<String, Node> constants = constants();
        Set<String> missing = new TreeSet<>(defined);
        missing.removeAll(constants.keySet());
        Set<String> extra = new TreeSet<>(constants.keySet());
        extra.removeAll(defined);
        assertTrue(missing.isEmpty(), "terms of ontology/cydip.ttl missing from vocab/Cydip; add:\n"
                + String.join("\n", missing.stream().map(t -> "    public static final Node " + t + " = term(\"" + t + "\");").toList()));
        assertTrue(extra.isEmpty(), "constants of vocab/Cydip that ontology/cydip.ttl does not define: " + extra);
        assertTrue(defined.size() > 60, "suspiciously few terms: " + defined.size());
    }

    @Test
    void each_constant_is_named_for_the_local_name_of_its_term() {
        constants().forEach((field, node) -> assertEquals(Cydip.NS + field, node.getURI(), "Cydip." + field));
    }

    private static Set<String> ontologyTerms() {
        Graph g = RDFParser.source(TestProject.files().root().resolve("ontology/cydip.ttl")).toGraph();
        Set<String> terms = new TreeSet<>();
        for (Node type : TERM_TYPES)
            g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (s.isURI() && s.getURI().startsWith(Cydip.NS))
                    terms.add(s.getURI().substring(Cydip.NS.length()));
            });
        return terms;
    }

    /** The public Node constants of {@link Cydip} in the ontology's namespace, by field name. */
    private static TreeMap<String, Node> constants() {
        TreeMap<String, Node> m = new TreeMap<>();
        for (Field f : Cydip.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class)
                continue;
            try {
                Node n = (Node) f.get(null);
                if (n.isURI() && n.getURI().startsWith(Cydip.NS))
                    m.put(f.getName(), n);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return m;
    }
}
