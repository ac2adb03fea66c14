package org.w3id.cydip.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.cydip.vocab.Cydip;

/**
 * A deterministic Turtle writer: the same graph always gives the same bytes.
 * Prefixes sorted (only those used), subjects sorted, one block per subject,
 * {@code a} first, then one predicate per line in IRI order, objects sorted.
 * A blank node that is the object of exactly one triple is written inline,
 * {@code [ p o ; ... ]}; other blank nodes have no deterministic form here
 * (see {@link #canWrite}).
 */
public final class TurtleWriter {
    private static final Map<String, String> PREFIXES = new TreeMap<>(Map.of(
            "cydip", Cydip.NS,
            "dcterms", DCTerms.NS,
            "org", ORG.NS,
            "owl", OWL.NS,
            "rdf", RDF.getURI(),
            "rdfs", RDFS.getURI(),
            "skos", SKOS.getURI(),
            "skosxl", "http://www.w3.org/2008/05/skos-xl#",
            "xsd", XSD.NS));
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String INDENT = "    ";

    private TurtleWriter() {}

    /** Whether {@link #write} can write {@code graph}: every blank node is the object of one triple, no cycle. */
    public static boolean canWrite(Graph graph) {
        return inlined(graph).containsAll(blankNodes(graph));
    }

    /** The graph as Turtle; an {@link LoadException} if it cannot ({@link #canWrite}). */
    public static String write(Graph graph) {
        Set<Node> inline = inlined(graph);
        for (Node b : blankNodes(graph))
            if (!inline.contains(b))
                throw new LoadException("cannot write a blank node that is not the object of exactly one triple: " + b);
        Map<String, Map<String, TreeSet<String>>> blocks = new TreeMap<>();
        TreeSet<String> used = new TreeSet<>();
        for (Triple t : graph.find().toList()) {
            if (inline.contains(t.getSubject()))
                continue;
            blocks.computeIfAbsent(term(t.getSubject(), used), k -> new TreeMap<>(PREDICATES))
                    .computeIfAbsent(predicate(t.getPredicate(), used), k -> new TreeSet<>())
                    .add(object(t.getObject(), graph, used));
        }
        StringBuilder out = new StringBuilder();
        for (String prefix : used)
            out.append("@prefix ").append(prefix).append(": <").append(PREFIXES.get(prefix)).append("> .\n");
        blocks.forEach((s, preds) -> block(out.append('\n'), s, preds));
        return out.toString();
    }

    /** The prefixes this writer uses, for a writer that falls back to Jena's. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create().setNsPrefixes(PREFIXES).lock();
    }

    private static Set<Node> blankNodes(Graph graph) {
        Set<Node> b = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            if (t.getSubject().isBlank())
                b.add(t.getSubject());
            if (t.getObject().isBlank())
                b.add(t.getObject());
        });
        return b;
    }

    /**
     * Blank nodes that can be written inline: the object of exactly one triple,
     * reached from an IRI subject (so no cycle).
     */
    private static Set<Node> inlined(Graph graph) {
        Map<Node, Integer> uses = new HashMap<>();
        graph.find().forEachRemaining(t -> {
            if (t.getObject().isBlank())
                uses.merge(t.getObject(), 1, Integer::sum);
        });
        Set<Node> inline = new HashSet<>();
        List<Node> todo = new ArrayList<>();
        graph.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank() && uses.get(t.getObject()) instanceof Integer n && n == 1)
                todo.add(t.getObject());
        });
        while (!todo.isEmpty()) {
            Node b = todo.remove(todo.size() - 1);
            if (inline.add(b))
                graph.find(b, Node.ANY, Node.ANY)
                        .forEachRemaining(t -> {
                            if (uses.get(t.getObject()) instanceof Integer n && n == 1)
                                todo.add(t.getObject());
                        });
        }
        return inline;
    }

    private static String predicate(Node p, TreeSet<String> used) {
        return p.equals(RDF.Nodes.type) ? "a" : term(p, used);
    }

    /** An object: a term, or an inline blank node {@code [ p o , o ; p o ]} sorted as blocks are. */
    private static String object(Node o, Graph graph, TreeSet<String> used) {
        if (!o.isBlank())
            return term(o, used);
        Map<String, TreeSet<String>> preds = new TreeMap<>(PREDICATES);
        graph.find(o, Node.ANY, Node.ANY).forEachRemaining(t -> preds
                .computeIfAbsent(predicate(t.getPredicate(), used), k -> new TreeSet<>())
                .add(object(t.getObject(), graph, used)));
        List<String> parts = new ArrayList<>();
        preds.forEach((p, objects) -> parts.add(p + " " + String.join(" , ", objects)));
        return parts.isEmpty() ? "[]" : "[ " + String.join(" ; ", parts) + " ]";
    }

    /** {@code a} sorts first; other predicates by their written form. */
    private static final Comparator<String> PREDICATES = Comparator.<String, Boolean>comparing(p -> !p.equals("a"))
            .thenComparing(Comparator.naturalOrder());

    private static void block(StringBuilder out, String subject, Map<String, TreeSet<String>> preds) {
        out.append(subject).append('\n');
        List<String> lines = new ArrayList<>();
        preds.forEach((p, objects) -> lines.add(INDENT + p + " " + String.join(" ,\n" + INDENT + INDENT, objects)));
        out.append(String.join(" ;\n", lines)).append(" .\n");
    }

    private static String term(Node n, TreeSet<String> used) {
        if (n.isURI())
            return iri(n.getURI(), used);
        if (n.isLiteral())
            return literal(n, used);
        throw new LoadException("cannot write a blank node here: " + n);
    }

    private static String iri(String iri, TreeSet<String> used) {
        for (var e : PREFIXES.entrySet()) {
            String local = iri.startsWith(e.getValue()) ? iri.substring(e.getValue().length()) : null;
            if (local != null && LOCAL.matcher(local).matches()) {
                used.add(e.getKey());
                return e.getKey() + ":" + local;
            }
        }
        return "<" + iri + ">";
    }

    private static String literal(Node n, TreeSet<String> used) {
        String lex = quote(n.getLiteralLexicalForm());
        if (!n.getLiteralLanguage().isEmpty())
            return lex + "@" + n.getLiteralLanguage();
        String dt = n.getLiteralDatatypeURI();
        return dt.equals(XSDDatatype.XSDstring.getURI()) ? lex : lex + "^^" + iri(dt, used);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
