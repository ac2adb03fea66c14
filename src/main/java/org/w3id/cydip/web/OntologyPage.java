package org.w3id.cydip.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cydip.publish.Labels;
import org.w3id.cydip.vocab.Cydip;

/**
 * {@code /ontology} for people: a table of contents, then the classes, the
 * properties and the concept schemes (with their concepts), each with its
 * definition and how often the data uses it.
 */
final class OntologyPage {
    static final PageQuery USES = PageQuery.resource("ontology-uses");
    static final List<Node> CLASS_DETAILS = List.of(RDFS.subClassOf.asNode(), OWL.equivalentClass.asNode(),
            OWL.deprecated.asNode());
    static final List<Node> PROPERTY_DETAILS = List.of(RDFS.domain.asNode(), RDFS.range.asNode(),
            RDFS.subPropertyOf.asNode(), OWL.equivalentProperty.asNode(), OWL.deprecated.asNode());

    record Detail(Cell property, List<Cell> values) {}

    record Concept(String anchor, String name, Cell label, Cell definition, long uses) {}

    record Term(String anchor, String name, String iri, Cell label, Cell definition, long uses, List<Detail> details,
            List<Concept> concepts) {}

    record Section(String id, String heading, String usesKey, List<Term> terms) {}

    private final Graph g;
    private final PageContext ctx;
    private final Cells cells;
    private final Map<Node, Long> uses = new HashMap<>();

    private OntologyPage(Graph g, PageContext ctx) {
        this.g = g;
        this.ctx = ctx;
        this.cells = ctx.cells();
        for (Map<String, Node> row : USES.run(ctx.dataset(), BindingFactory.empty()).rows())
            uses.put(row.get("term"), Long.parseLong(Table.text(row.get("uses"))));
    }

    static String render(Graph ontology, PageContext ctx) {
        return new OntologyPage(ontology, ctx).render();
    }

    private String render() {
        Map<String, Object> m = ctx.model("ontology");
        var msg = ctx.templates().messages(ctx.lang());
        m.put("formats", ResourceModel.formats(ctx.request().documentPath()));
        m.put("about", subjects(OWL.Ontology.asNode()).stream().findFirst()
                .flatMap(o -> text(o, DCTerms.description.asNode())).orElse(null));
        m.put("sections", List.of(
                new Section("classes", msg.get("ontologyClasses"), "usesClass",
                        terms(List.of(OWL.Class.asNode()), CLASS_DETAILS)),
                new Section("properties", msg.get("ontologyProperties"), "usesProperty",
                        terms(List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
                                OWL.AnnotationProperty.asNode()), PROPERTY_DETAILS)),
                new Section("schemes", msg.get("ontologySchemes"), "usesScheme",
                        terms(List.of(SKOS.ConceptScheme.asNode()), List.of()))));
        m.put("usesQuery", QueryView.of(USES, BindingFactory.empty()));
        return ctx.render("ontology", m);
    }

    private List<Node> subjects(Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject).filterKeep(Node::isURI).toList();
    }

    private List<Term> terms(List<Node> types, List<Node> details) {
        List<Term> out = new ArrayList<>();
        for (Node type : types)
            for (Node t : subjects(type)) {
                boolean scheme = type.equals(SKOS.ConceptScheme.asNode());
                List<Concept> concepts = scheme ? concepts(t) : List.of();
                long used = scheme ? concepts.stream().mapToLong(Concept::uses).sum() : uses.getOrDefault(t, 0L);
                out.add(new Term(anchor(t), name(t), t.getURI(), cells.of(t), definition(t), used, details(t, details),
                        concepts));
            }
        out.sort(Comparator.comparing(Term::name));
        return out;
    }

    private List<Concept> concepts(Node scheme) {
        return g.find(Node.ANY, SKOS.inScheme.asNode(), scheme).mapWith(Triple::getSubject).toList().stream()
                .map(c -> new Concept(anchor(c), notation(c), cells.of(c), definition(c), uses.getOrDefault(c, 0L)))
                .sorted(Comparator.comparing(Concept::name)).toList();
    }

    private List<Detail> details(Node term, List<Node> properties) {
        List<Detail> out = new ArrayList<>();
        for (Node p : properties) {
            List<Cell> values = g.find(term, p, Node.ANY).mapWith(Triple::getObject).filterKeep(o -> !o.isBlank())
                    .mapWith(cells::of).toList();
            if (!values.isEmpty())
                out.add(new Detail(cells.of(p), values));
        }
        return out;
    }

    private Cell definition(Node term) {
        return text(term, SKOS.definition.asNode()).or(() -> text(term, RDFS.comment.asNode())).orElse(null);
    }

    /** The value of {@code p} in the page's language, else English, else any. */
    private Optional<Cell> text(Node s, Node p) {
        List<Node> values = g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).toList();
        return values.stream().min(Comparator.comparingInt(v -> rank(v.getLiteralLanguage())))
                .map(v -> {
                    Cell c = cells.of(v);
                    boolean fallback = v.getLiteralLanguage() != null && !v.getLiteralLanguage().isEmpty()
                            && !LabelIndex.primary(v.getLiteralLanguage()).equals(ctx.lang().code());
                    return new Cell(c.text(), c.lang(), c.dir(), fallback, c.href(), c.raw());
                });
    }

    private int rank(String tag) {
        String l = LabelIndex.primary(tag);
        return l.equals(ctx.lang().code()) ? 0 : l.equals("en") ? 1 : 2;
    }

    private String notation(Node concept) {
        return g.find(concept, SKOS.notation.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElseGet(() -> Labels.shortForm(concept));
    }

    /** {@code State} for a term, {@code stance-yes} for a concept (the IRI's last two path segments). */
    static String anchor(Node n) {
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        if (hash >= 0)
            return iri.substring(hash + 1);
        String tail = iri.startsWith(Cydip.ID) ? iri.substring(Cydip.ID.length()) : iri;
        return tail.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    private static String name(Node n) {
        String iri = n.getURI();
        return iri.startsWith(Cydip.NS) ? "cydip:" + iri.substring(Cydip.NS.length()) : Labels.shortForm(n);
    }
}
