package org.w3id.cydip.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cydip.vocab.Cydip;

/**
 * What the pages read from one version of the data: every label and type, the
 * search index, and the states and resolutions the query forms offer.
 */
final class Snapshot {
    final long version;
    final LabelIndex labels;
    final SearchIndex search;
    private final List<Choice> states;
    private final List<Choice> resolutions;
    private final List<Node> instruments;

    /** One option of a picker: the value a form sends and the node it names. */
    record Choice(String value, Node node) {}

    private Snapshot(long version, LabelIndex labels, SearchIndex search, List<Choice> states, List<Choice> resolutions,
            List<Node> instruments) {
        this.version = version;
        this.labels = labels;
        this.search = search;
        this.states = states;
        this.resolutions = resolutions;
        this.instruments = instruments;
    }

    static Snapshot of(DatasetGraph dsg, long version) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            LabelIndex labels = LabelIndex.of(union, new PrefixMappingImpl().setNsPrefixes(dsg.prefixes().getMapping()));
            return new Snapshot(version, labels, SearchIndex.of(union, labels),
                    choices(union, Cydip.State, Cydip.iso3), choices(union, Cydip.Resolution, Cydip.symbol),
                    instruments(union, labels));
        });
    }

    private static List<Choice> choices(Graph union, Node type, Node key) {
        List<Choice> out = new ArrayList<>();
        for (Triple t : union.find(Node.ANY, RDF.type.asNode(), type).toList())
            union.find(t.getSubject(), key, Node.ANY).nextOptional()
                    .ifPresent(k -> out.add(new Choice(k.getObject().getLiteralLexicalForm(), t.getSubject())));
        out.sort(Comparator.comparing(Choice::value));
        return List.copyOf(out);
    }

    /** The instruments states sign or join (treaties, protocols, soft law), by their English labels. */
    private static List<Node> instruments(Graph union, LabelIndex labels) {
        List<Node> out = new ArrayList<>();
        for (Node type : Workbench.TREATY_LIKE)
            union.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> out.add(t.getSubject()));
        out.sort(Comparator.comparing(n -> labels.label(n, PageLanguage.ENGLISH).text()));
        return List.copyOf(out);
    }

    List<Node> instruments() {
        return instruments;
    }

    /** The states, by their ISO3 codes, sorted by their names in {@code lang}. */
    List<Choice> states(PageLanguage lang) {
        Collator collator = Collator.getInstance(lang.locale());
        List<Choice> sorted = new ArrayList<>(states);
        sorted.sort(Comparator.comparing((Choice c) -> labels.label(c.node(), lang).text(), collator));
        return sorted;
    }

    /** The resolutions, by their symbols, in symbol order. */
    List<Choice> resolutions() {
        return resolutions;
    }
}
