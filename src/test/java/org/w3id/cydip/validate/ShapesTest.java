package org.w3id.cydip.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.cydip.TestProject;
import org.w3id.cydip.load.GraphLoader;
import org.w3id.cydip.load.LoadedGraph;
import org.w3id.cydip.vocab.Cydip;

/**
 * Every named shape has a fixture that conforms and one that it rejects, under
 * {@code src/test/resources/shapes/<ShapeName>/pass.ttl|fail.ttl}; so has every
 * property shape that keeps a value single (one per language, or one), under
 * {@code shapes/<ShapeName>-<property>/}. Fixtures are validated with the ontology
 * and {@code base.ttl}.
 */
class ShapesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/shapes");
    private static Graph shapesGraph;
    private static Shapes shapes;
    private static Graph ontology;

    @BeforeAll
    static void load() {
        LoadedGraph loaded = GraphLoader.load(TestProject.files());
        shapesGraph = loaded.shapes();
        shapes = Validation.shapes(shapesGraph);
        ontology = loaded.graphs().get(Cydip.graph("ontology"));
    }

    static List<String> namedShapes() {
        LoadedGraph loaded = GraphLoader.load(TestProject.files());
        return loaded.shapes().find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI).mapWith(n -> n.getLocalName()).toList().stream().sorted().toList();
    }

    /** The property shapes with fixtures of their own: the folders named NodeShape-property. */
    static List<String> propertyShapesWithFixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).filter(n -> n.contains("-")).sorted().toList();
        }
    }

    @Test
    void every_property_shape_with_one_value_per_language_has_fixtures_of_its_own() throws IOException {
        List<String> with = propertyShapesWithFixtures();
        List<String> missing = shapesGraph.find(Node.ANY, SHACL.uniqueLang, Node.ANY).mapWith(t -> t.getSubject())
                .filterKeep(Node::isURI).mapWith(n -> n.getLocalName()).filterDrop(with::contains).toList();
        assertTrue(missing.isEmpty(), "sh:uniqueLang without fixtures under " + FIXTURES + ": " + missing);
    }

    @ParameterizedTest(name = "{0} accepts its passing fixture")
    @MethodSource("propertyShapesWithFixtures")
    void property_shape_accepts_its_passing_fixture(String name) {
        ValidationReport report = validate(name, "pass.ttl");
        assertFalse(Validation.hasViolations(report), () -> name + "/pass.ttl should conform:\n" + text(report));
    }

    @ParameterizedTest(name = "{0} rejects its failing fixture")
    @MethodSource("propertyShapesWithFixtures")
    void property_shape_rejects_its_failing_fixture(String name) {
        Node shape = NodeFactory.createURI(Cydip.SHAPES + name);
        assertTrue(shapesGraph.contains(shape, RDF.type.asNode(), SHACL.PropertyShape), name + " is no property shape");
        ValidationReport report = validate(name, "fail.ttl");
        assertTrue(report.getEntries().stream().anyMatch(e -> e.source().equals(shape)),
                () -> name + "/fail.ttl should be rejected by " + name + ":\n" + text(report));
    }

    @Test
    void every_named_shape_has_a_name_a_description_a_message_and_a_severity() {
        for (String name : namedShapes()) {
            Node s = NodeFactory.createURI(Cydip.SHAPES + name);
            for (Node p : List.of(SHACL.name, SHACL.description, SHACL.message, SHACL.severity))
                assertTrue(shapesGraph.contains(s, p, Node.ANY), name + " lacks " + p.getLocalName());
        }
    }

    @Test
    void every_property_shape_of_a_named_shape_is_named_for_its_shape_and_path() {
        List<String> wrong = new ArrayList<>();
        for (String name : namedShapes())
            shapesGraph.find(NodeFactory.createURI(Cydip.SHAPES + name), SHACL.property, Node.ANY).forEach(t -> {
                Node ps = t.getObject();
                Node path = shapesGraph.find(ps, SHACL.path, Node.ANY).next().getObject();
                String expected = Cydip.SHAPES + name + "-" + path.getLocalName();
                if (!ps.isURI() || !ps.getURI().startsWith(expected)
                        || !shapesGraph.contains(ps, RDF.type.asNode(), SHACL.PropertyShape))
                    wrong.add(name + " " + (ps.isURI() ? ps.getURI() : "[ sh:path " + path + " ]") + " (want <" + expected
                            + "> a sh:PropertyShape)");
            });
        assertTrue(wrong.isEmpty(), "property shapes not named NodeShape-property: " + wrong);
    }

    @Test
    void the_shapes_document_says_what_it_is_and_under_which_licence() {
        Node doc = NodeFactory.createURI(Cydip.SHAPES.replaceFirst("#$", ""));
        for (Node p : List.of(RDF.type.asNode(), DCTerms.title.asNode(), DCTerms.description.asNode(),
                DCTerms.license.asNode(), DCTerms.creator.asNode()))
            assertTrue(shapesGraph.contains(doc, p, Node.ANY), "shapes header lacks " + p);
    }

    @ParameterizedTest(name = "{0} accepts its passing fixture")
    @MethodSource("namedShapes")
    void shape_accepts_its_passing_fixture(String name) {
        ValidationReport report = validate(name, "pass.ttl");
        assertTrue(report.getEntries().stream().noneMatch(e -> blames(e, name)) && !Validation.hasViolations(report),
                () -> name + "/pass.ttl should conform:\n" + text(report));
    }

    @ParameterizedTest(name = "{0} rejects its failing fixture")
    @MethodSource("namedShapes")
    void shape_rejects_its_failing_fixture(String name) {
        ValidationReport report = validate(name, "fail.ttl");
        assertTrue(report.getEntries().stream().anyMatch(e -> blames(e, name)),
                () -> name + "/fail.ttl should be rejected by " + name + ":\n" + text(report));
    }

    @Test
    void base_fixture_conforms_on_its_own() {
        Graph g = withOntology();
        RDFDataMgr.read(g, FIXTURES.resolve("base.ttl").toString());
        assertFalse(Validation.hasViolations(Validation.validate(shapes, g)));
    }

    private ValidationReport validate(String shape, String fixture) {
        Path file = FIXTURES.resolve(shape).resolve(fixture);
        assertTrue(Files.isRegularFile(file), "missing fixture " + file);
        Graph g = withOntology();
        RDFDataMgr.read(g, FIXTURES.resolve("base.ttl").toString());
        RDFDataMgr.read(g, file.toString());
        return Validation.validate(shapes, g);
    }

    private static Graph withOntology() {
        Graph g = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(g::add);
        return g;
    }

    /** Is the result due to the shape: the shape itself, one of its property shapes, or a sh:node reference to it? */
    private static boolean blames(ReportEntry e, String name) {
        Node shape = NodeFactory.createURI(Cydip.SHAPES + name);
        Node src = e.source();
        return src.equals(shape) || shapesGraph.contains(shape, SHACL.property, src)
                || shapesGraph.contains(src, SHACL.node, shape)
                || Stream.of(src).anyMatch(s -> shapesGraph.find(Node.ANY, SHACL.property, s)
                        .filterKeep(t -> shapesGraph.contains(t.getSubject(), SHACL.node, shape)).hasNext());
    }

    private static String text(ValidationReport r) {
        return new ReportRenderer(shapesGraph, org.apache.jena.shared.PrefixMapping.Standard, null, 20).text(r);
    }
}
