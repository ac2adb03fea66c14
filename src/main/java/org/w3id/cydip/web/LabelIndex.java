package org.w3id.cydip.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cydip.publish.Labels;
import org.w3id.cydip.vocab.Cydip;

/**
 * Every label of the graph by node and language, and every node's types, read once
 * per data version so that pages name things without asking the graph again. A
 * label is taken from the first of {@link Labels#PROPERTIES} that gives one in a
 * language; English is the fallback, marked as such.
 */
public final class LabelIndex {

    private final Map<Node, Map<String, String>> labels = new HashMap<>();
    private final Map<Node, Set<Node>> types = new HashMap<>();
    private final PrefixMapping prefixes;

    private LabelIndex(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    /**
     * Reads the labels and types of {@code union} (call inside a read
     * transaction); an IRI without a label is named by its prefixed name.
     */
    static LabelIndex of(Graph union, PrefixMapping prefixes) {
        LabelIndex index = new LabelIndex(prefixes);
        for (Node p : Labels.PROPERTIES) {
            Map<Node, Map<String, String>> byProperty = new HashMap<>();
            for (Triple t : union.find(Node.ANY, p, Node.ANY).toList())
                if (t.getObject().isLiteral())
                    byProperty.computeIfAbsent(t.getSubject(), k -> new TreeMap<>())
                            .merge(primary(t.getObject().getLiteralLanguage()), t.getObject().getLiteralLexicalForm(),
                                    (a, b) -> a.compareTo(b) <= 0 ? a : b);
            byProperty.forEach((node, byLang) -> {
                Map<String, String> known = index.labels.computeIfAbsent(node, k -> new TreeMap<>());
                byLang.forEach(known::putIfAbsent);
            });
        }
        union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t ->
                index.types.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        index.prefixSymbols(union);
        return index;
    }

    /**
     * Resolutions share their titles year after year: their labels lead with the
     * document symbol ({@code A/RES/74/247: Countering the use...}).
     */
    private void prefixSymbols(Graph union) {
        for (Triple t : union.find(Node.ANY, Cydip.symbol, Node.ANY).toList()) {
            Map<String, String> byLang = labels.get(t.getSubject());
            if (byLang == null || !isA(t.getSubject(), Cydip.Resolution) || !t.getObject().isLiteral())
                continue;
            String symbol = t.getObject().getLiteralLexicalForm();
            byLang.replaceAll((lang, text) -> text.contains(symbol) ? text : symbol + ": " + text);
        }
    }

    static String primary(String tag) {
        return tag == null ? "" : tag.toLowerCase(Locale.ROOT).replaceFirst("-.*$", "");
    }

    /** The label of {@code node} in {@code lang}, else in English (marked), else any, else a short name of the IRI. */
    public Label label(Node node, PageLanguage lang) {
        Map<String, String> byLang = labels.get(node);
        if (byLang != null && !byLang.isEmpty()) {
            String own = byLang.get(lang.code());
            if (own != null)
                return new Label(own, lang.code(), false);
            String en = byLang.get("en");
            if (en != null)
                return new Label(en, "en", true);
            Map.Entry<String, String> any = byLang.entrySet().iterator().next();
            return new Label(any.getValue(), any.getKey().isEmpty() ? null : any.getKey(), !any.getKey().isEmpty());
        }
        return new Label(shortName(node), null, false);
    }

    /** {@code dcterms:title} for a term of a known vocabulary, {@code state/RUS} for a cydip IRI. */
    String shortName(Node node) {
        if (node.isURI() && !node.getURI().startsWith(Cydip.ID)) {
            String q = prefixes.qnameFor(node.getURI());
            if (q != null)
                return q;
        }
        return Labels.shortForm(node);
    }

    /** Whether the graph gives {@code node} any label. */
    public boolean hasLabel(Node node) {
        return labels.containsKey(node);
    }

    /** The node's types ({@code rdf:type}), in no particular order; empty if none. */
    public Set<Node> types(Node node) {
        return types.getOrDefault(node, Set.of());
    }

    public boolean isA(Node node, Node type) {
        return types(node).contains(type);
    }
}
