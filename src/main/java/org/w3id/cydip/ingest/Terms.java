package org.w3id.cydip.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SKOSXL;
import org.w3id.cydip.vocab.Cydip;

/** Short names for the terms of other vocabularies the importer writes, from Jena's vocabulary classes; cydip's own are {@link Cydip}'s. */
final class Terms {
    private Terms() {}

    static final String WIKIDATA = "http://www.wikidata.org/entity/";

    static final Node TYPE = RDF.Nodes.type;
    static final Node LABEL = RDFS.Nodes.label;
    static final Node SAME_AS = OWL.sameAs.asNode();
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node XL_ALT_LABEL = SKOSXL.altLabel.asNode();
    static final Node XL_LABEL = SKOSXL.Label.asNode();
    static final Node XL_LITERAL_FORM = SKOSXL.literalForm.asNode();
    static final Node DEFINITION = SKOS.definition.asNode();
    static final Node NOTATION = SKOS.notation.asNode();
    static final Node IN_SCHEME = SKOS.inScheme.asNode();
    static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
    static final Node HAS_TOP_CONCEPT = SKOS.hasTopConcept.asNode();
    static final Node ORG_MEMBER = ORG.member.asNode();
    static final Node ORG_ORGANIZATION = ORG.organization.asNode();
    static final Node ORG_ROLE = ORG.role.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node DC_DATE = DCTerms.date.asNode();
    static final Node IS_REPLACED_BY = DCTerms.isReplacedBy.asNode();
    static final Node DEPRECATED = OWL.deprecated.asNode();
    static final Node PUBLISHER = DCTerms.publisher.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node FOAF_ORGANIZATION = uri("http://xmlns.com/foaf/0.1/Organization");

    /** A cydip term named by a table cell ({@code class}: Treaty); fixed names are {@link Cydip}'s constants. */
    static Node cydip(String local) {
        return Cydip.term(local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A concept of one of cydip's schemes: {@code id/stance/yes}. */
    static Node concept(String scheme, String key) {
        return Cydip.id(scheme, key);
    }
}
