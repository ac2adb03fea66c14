package org.w3id.cydip.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.cli.Version;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.vocab.Cydip;

/** The ontology's header and required classes; labels, definitions and terms in use are checked by
 * {@code ontology/checks/*-violation.rq} ({@code query.OntologyChecksTest}). */
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

    private static Node object(Node s, Node p) {
        return ontology.find(s, p, Node.ANY).next().getObject();
    }
}
