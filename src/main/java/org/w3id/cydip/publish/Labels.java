package org.w3id.cydip.publish;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Picks the label of a node in the reader's language from what a graph says about it. */
public final class Labels {
    /** Label properties, preferred first. */
    public static final List<Node> PROPERTIES = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), FOAF.name.asNode());

    private Labels() {}

    /** The best label of {@code node} for {@code langs}, if the graph gives one. */
    public static Optional<Node> best(Graph g, Node node, Languages langs) {
        for (Node p : PROPERTIES) {
            Optional<Node> found = g.find(node, p, Node.ANY).toList().stream()
                    .map(t -> t.getObject())
                    .filter(Node::isLiteral)
                    .min(Comparator.comparingInt(o -> rank(o, langs)));
            if (found.isPresent())
                return found;
        }
        return Optional.empty();
    }

    /** The label's text, or a short form of the IRI when there is none. */
    public static String text(Graph g, Node node, Languages langs) {
        return best(g, node, langs).map(Node::getLiteralLexicalForm).orElseGet(() -> shortForm(node));
    }

    private static int rank(Node literal, Languages langs) {
        String lang = literal.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? langs.ranges().size() : langs.rank(lang);
    }

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
