package org.w3id.cydip.ingest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cydip.vocab.Cydip;

/** The terms the importer writes that {@link Cydip} does not (yet) name as constants. */
final class Terms {
    private Terms() {}

    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String WIKIDATA = "http://www.wikidata.org/entity/";

    static final Node TYPE = RDF.Nodes.type;
    static final Node LABEL = RDFS.Nodes.label;
    static final Node SAME_AS = OWL.sameAs.asNode();
    static final Node PREF_LABEL = uri(SKOS + "prefLabel");
    static final Node ALT_LABEL = uri(SKOS + "altLabel");
    static final Node DEFINITION = uri(SKOS + "definition");
    static final Node NOTATION = uri(SKOS + "notation");
    static final Node IN_SCHEME = uri(SKOS + "inScheme");
    static final Node CONCEPT_SCHEME = uri(SKOS + "ConceptScheme");
    static final Node HAS_TOP_CONCEPT = uri(SKOS + "hasTopConcept");
    static final Node ORG_MEMBER = uri(ORG + "member");
    static final Node ORG_ORGANIZATION = uri(ORG + "organization");
    static final Node ORG_ROLE = uri(ORG + "role");
    static final Node TITLE = uri(DCTERMS + "title");
    static final Node DC_DATE = uri(DCTERMS + "date");
    static final Node IS_REPLACED_BY = uri(DCTERMS + "isReplacedBy");
    static final Node DEPRECATED = OWL.deprecated.asNode();

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
