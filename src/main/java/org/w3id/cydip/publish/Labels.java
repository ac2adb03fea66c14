package org.w3id.cydip.publish;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** The label properties a description carries, and short forms of IRIs that have no label. */
public final class Labels {
    /**
     * Label properties, preferred first: an {@code rdfs:label} (a treaty's common
     * name) before a {@code dcterms:title} (its full official title).
     */
    public static final List<Node> PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), FOAF.name.asNode());

    private Labels() {}

    /** {@code https://w3id.org/cydip/id/state/RUS} becomes {@code state/RUS}; a hash IRI its fragment. */
    public static String shortForm(Node node) {
        if (!node.isURI())
            return node.isBlank() ? "(anonymous)" : node.toString();
        String iri = node.getURI();
        int hash = iri.lastIndexOf('#');
        if (hash >= 0 && hash < iri.length() - 1)
            return iri.substring(hash + 1);
        if (iri.startsWith(org.w3id.cydip.vocab.Cydip.ID))
            return iri.substring(org.w3id.cydip.vocab.Cydip.ID.length());
        return iri;
    }
}
