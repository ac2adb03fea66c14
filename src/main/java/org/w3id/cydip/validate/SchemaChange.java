package org.w3id.cydip.validate;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cydip.vocab.Cydip;

/**
 * Entries add data; they may not change the ontology or the shapes. A schema
 * triple in an entry (a class or property axiom, a statement about an ontology
 * term, or a SHACL triple) would otherwise force a whole-graph validation, a
 * cheap way to load the public validator. Such an entry gets one violation per
 * schema triple instead, and nothing else is validated. The results name
 * {@code cyds:NoSchemaChange} as their source and component: a rule of the entry
 * check, not a shape (graph plus entry cannot tell which triples the entry added).
 */
final class SchemaChange {
    static final String MESSAGE = "Entries may not change the ontology or the shapes.";

    private static final Set<Node> AXIOMS = Set.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(),
            RDFS.domain.asNode(), RDFS.range.asNode(), OWL.equivalentClass.asNode());

    /** The source shape and constraint component named by the results. */
    static final Node RULE = NodeFactory.createURI(Cydip.SHAPES + "NoSchemaChange");

    private SchemaChange() {}

    /** The triples of {@code entry} that would change the ontology or the shapes. */
    static List<Triple> in(Graph entry) {
        return entry.find().filterKeep(SchemaChange::isSchema).toList();
    }

    static boolean isSchema(Triple t) {
        Node s = t.getSubject();
        Node p = t.getPredicate();
        return AXIOMS.contains(p) || (s.isURI() && s.getURI().startsWith(Cydip.NS))
                || (p.isURI() && p.getURI().startsWith(SHACL.getURI()));
    }

    /** A report with one violation per schema triple: the triple's subject, predicate and object. */
    static ValidationReport report(List<Triple> schema) {
        ValidationReport.Builder report = ValidationReport.create();
        for (Triple t : schema)
            report.addReportEntry(ReportEntry.create().focusNode(t.getSubject()).resultPath(new P_Link(t.getPredicate()))
                    .value(t.getObject()).triple(t).source(RULE).sourceConstraintComponent(RULE).severity(Severity.Violation).message(MESSAGE));
        return report.build();
    }
}
