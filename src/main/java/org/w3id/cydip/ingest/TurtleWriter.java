package org.w3id.cydip.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * A deterministic Turtle writer: the same graph always gives the same bytes.
 * Prefixes sorted (only those used), subjects sorted, one block per subject,
 * {@code a} first, then one predicate per line in IRI order, objects sorted.
 */
public final class TurtleWriter {
    private static final Map<String, String> PREFIXES = new TreeMap<>(Map.of(
            "cydip", "https://w3id.org/cydip/ontology#",
            "dcterms", Terms.DCTERMS,
            "org", Terms.ORG,
            "owl", "http://www.w3.org/2002/07/owl#",
            "rdf", RDF.getURI(),
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "skos", Terms.SKOS,
            "xsd", XSDDatatype.XSD + "#"));
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String INDENT = "    ";

    private TurtleWriter() {}

    public static String write(Graph graph) {
        Map<String, Map<String, TreeSet<String>>> blocks = new TreeMap<>();
        TreeSet<String> used = new TreeSet<>();
        for (Triple t : graph.find().toList()) {
            String p = t.getPredicate().equals(RDF.Nodes.type) ? "a" : term(t.getPredicate(), used);
            blocks.computeIfAbsent(term(t.getSubject(), used), k -> new TreeMap<>(PREDICATES))
                    .computeIfAbsent(p, k -> new TreeSet<>()).add(term(t.getObject(), used));
        }
        StringBuilder out = new StringBuilder();
        for (String prefix : used)
            out.append("@prefix ").append(prefix).append(": <").append(PREFIXES.get(prefix)).append("> .\n");
        blocks.forEach((s, preds) -> block(out.append('\n'), s, preds));
        return out.toString();
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
        throw new ImportException("cannot write a blank node: " + n);
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

    static String quote(String s) {
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
