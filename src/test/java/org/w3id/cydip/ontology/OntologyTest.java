package org.w3id.cydip.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.cli.Version;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.vocab.Cydip;

class OntologyTest {
    private static LoadedGraph loaded;
    private static Graph ontology;

    @BeforeAll
    static void load() {
        loaded = GraphLoader.load(TestProject.files());
        ontology = loaded.graphs().get(Cydip.graph("ontology"));
    }

    static Set<Node> definedTerms() {
        Set<Node> terms = new java.util.HashSet<>();
        for (Node type : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode()))
            ontology.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> terms.add(t.getSubject()));
        return terms;
    }

    @Test
    void ontology_defines_the_required_classes() {
        for (String c : List.of("Actor", "State", "IntergovernmentalOrganisation", "Grouping", "NonStateActor",
                "Instrument", "Treaty", "Protocol", "Resolution", "Report", "Declaration", "CodeOfConduct", "Norm",
                "Process", "Dispute", "Position", "ParticipationAct", "Vote", "Membership", "SourceDocument"))
            assertTrue(ontology.contains(Cydip.term(c), RDF.type.asNode(), OWL.Class.asNode()), c);
    }

    @Test
    void every_term_has_an_english_label_a_definition_and_is_defined_by_the_ontology() {
        List<String> missing = new ArrayList<>();
        for (Node term : definedTerms()) {
            if (!hasEnglish(term, RDFS.label.asNode()))
                missing.add(term.getLocalName() + " rdfs:label@en");
            if (!hasEnglish(term, SKOS.definition.asNode()))
                missing.add(term.getLocalName() + " skos:definition@en");
            if (!ontology.contains(term, RDFS.isDefinedBy.asNode(), NodeFactory.createURI(Cydip.ONTOLOGY)))
                missing.add(term.getLocalName() + " rdfs:isDefinedBy");
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
        assertTrue(definedTerms().size() > 60, "suspiciously few terms: " + definedTerms().size());
    }

    @Test
    void every_concept_has_an_english_label_and_a_definition() {
        List<String> missing = new ArrayList<>();
        ontology.find(Node.ANY, SKOS.inScheme.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!hasEnglish(t.getSubject(), SKOS.prefLabel.asNode()) || !hasEnglish(t.getSubject(), SKOS.definition.asNode()))
                missing.add(t.getSubject().getURI());
        });
        assertTrue(missing.isEmpty(), "concepts without label or definition: " + missing);
    }

    @Test
    void header_carries_title_licence_creator_and_the_maven_version() {
        Node ont = NodeFactory.createURI(Cydip.ONTOLOGY);
        for (Node p : List.of(DCTerms.title.asNode(), DCTerms.description.asNode(), DCTerms.license.asNode(),
                DCTerms.creator.asNode()))
            assertTrue(ontology.contains(ont, p, Node.ANY), "ontology header lacks " + p);
        String version = Version.get();
        assertEquals(version, object(ont, OWL.versionInfo.asNode()).getLiteralLexicalForm());
        assertEquals(Cydip.ONTOLOGY + "/" + version, object(ont, OWL.versionIRI.asNode()).getURI());
    }

    @Test
    void every_cydip_term_used_in_data_and_shapes_is_defined() {
        Set<String> undefined = new TreeSet<>();
        Set<Node> defined = definedTerms();
        List<Graph> graphs = new ArrayList<>(loaded.graphs().values());
        graphs.add(loaded.shapes());
        for (Graph g : graphs)
            g.find().forEachRemaining(t -> usedTerms(t).stream().filter(n -> !defined.contains(n))
                    .forEach(n -> undefined.add(n.getURI())));
        assertTrue(undefined.isEmpty(), "used but not defined: " + undefined);
    }

    @Test
    void every_cydip_term_used_in_queries_is_defined() throws IOException {
        Pattern prefixed = Pattern.compile("\\bcydip:([A-Za-z][A-Za-z0-9]*)");
        Pattern full = Pattern.compile("<" + Pattern.quote(Cydip.NS) + "([A-Za-z0-9]+)>");
        Set<String> undefined = new TreeSet<>();
        Set<Node> defined = definedTerms();
        for (Path q : TestProject.files().queryFiles()) {
            String text = Files.readString(q).replaceAll("(?m)^\\s*#.*$", "");
            for (Pattern p : List.of(prefixed, full)) {
                Matcher m = p.matcher(text);
                while (m.find())
                    if (!defined.contains(Cydip.term(m.group(1))))
                        undefined.add(q.getFileName() + ": cydip:" + m.group(1));
            }
        }
        assertTrue(undefined.isEmpty(), "used in queries but not defined: " + undefined);
    }

    private static List<Node> usedTerms(Triple t) {
        List<Node> used = new ArrayList<>();
        if (t.getPredicate().getURI().startsWith(Cydip.NS))
            used.add(t.getPredicate());
        Node o = t.getObject();
        if (o.isURI() && o.getURI().startsWith(Cydip.NS))
            used.add(o);
        return used;
    }

    private static boolean hasEnglish(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).filterKeep(t -> t.getObject().isLiteral()
                && "en".equals(t.getObject().getLiteralLanguage())).hasNext();
    }

    private static Node object(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).next().getObject();
    }
}
