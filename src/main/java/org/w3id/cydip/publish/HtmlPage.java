package org.w3id.cydip.publish;

import static org.w3id.cydip.publish.Html.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.cydip.vocab.Cydip;

/**
 * The page for people: a resource's properties with links, the acts about it grouped
 * by kind (treaty participation, votes, positions, memberships) and its sources,
 * labelled in the reader's language where the graph has one. Everything from the
 * graph is escaped.
 */
public final class HtmlPage {
    private final Graph g;
    private final Languages langs;
    private final StringBuilder out = new StringBuilder(8192);

    private HtmlPage(Graph g, Languages langs) {
        this.g = g;
        this.langs = langs;
    }

    /** The page of one resource. {@code documentPath} is its document URL without extension, for alternate links. */
    public static String resource(Description d, Languages langs, String documentPath) {
        HtmlPage p = new HtmlPage(d.graph(), langs);
        String title = Labels.text(d.graph(), d.focus(), langs);
        p.head(title, documentPath);
        p.out.append("<h1>").append(escape(title)).append("</h1>\n");
        p.out.append("<p class=\"iri\"><code>").append(escape(d.focus().getURI())).append("</code></p>\n");
        p.properties(d.focus(), Set.of());
        p.acts(d);
        p.sources(d.sources());
        return p.finish();
    }

    /** A page of a whole small graph (the ontology, the dataset description): every subject in turn. */
    public static String document(Graph g, String title, Languages langs, String documentPath) {
        HtmlPage p = new HtmlPage(g, langs);
        p.head(title, documentPath);
        p.out.append("<h1>").append(escape(title)).append("</h1>\n");
        Set<Node> subjects = new LinkedHashSet<>();
        g.find().forEachRemaining(t -> {
            if (!t.getSubject().isBlank())
                subjects.add(t.getSubject());
        });
        for (Node s : subjects) {
            String anchor = anchor(s);
            p.out.append("<section").append(anchor == null ? "" : " id=\"" + escape(anchor) + "\"").append(">\n<h2>")
                    .append(Html.link(s.getURI(), Labels.text(g, s, langs))).append("</h2>\n");
            p.properties(s, Set.of());
            p.out.append("</section>\n");
        }
        return p.finish();
    }

    private static String anchor(Node s) {
        String iri = s.getURI();
        int hash = iri.indexOf('#');
        return hash >= 0 ? iri.substring(hash + 1) : null;
    }

    private void head(String title, String documentPath) {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(escape(langs.primary())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(escape(title)).append(" | cydip</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em}")
                .append("table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.2em .5em;")
                .append("text-align:left;vertical-align:top}.iri{color:#555}.lang{color:#888;font-size:smaller}</style>\n");
        for (Representation r : Representation.RESOURCES)
            if (r.isRdf())
                out.append("<link rel=\"alternate\" type=\"").append(r.mediaType).append("\" href=\"")
                        .append(escape(documentPath + "." + r.extension)).append("\">\n");
        out.append("</head>\n<body>\n<nav><a href=\"/.well-known/void\">cydip</a> · data: ");
        for (Representation r : Representation.RESOURCES)
            if (r.isRdf())
                out.append("<a href=\"").append(escape(documentPath + "." + r.extension)).append("\">")
                        .append(r.extension).append("</a> ");
        out.append("</nav>\n");
    }

    private String finish() {
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** A table of the subject's properties (without {@code skip}), values grouped by property. */
    private void properties(Node subject, Set<Node> skip) {
        Map<Node, List<Node>> byProperty = new TreeMap<>(propertyOrder());
        for (Triple t : g.find(subject, Node.ANY, Node.ANY).toList())
            if (!skip.contains(t.getPredicate()))
                byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        out.append("<table>\n");
        for (Map.Entry<Node, List<Node>> e : byProperty.entrySet()) {
            out.append("<tr><th>").append(Html.link(e.getKey().getURI(), Labels.text(g, e.getKey(), langs)))
                    .append("</th><td>");
            List<Node> values = e.getValue();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0)
                    out.append("<br>");
                value(values.get(i));
            }
            out.append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    /** Type first, then labels, then the rest by their label in the reader's language. */
    private Comparator<Node> propertyOrder() {
        return Comparator.<Node>comparingInt(p -> RDF.type.asNode().equals(p) ? 0 : Labels.PROPERTIES.contains(p) ? 1 : 2)
                .thenComparing(p -> Labels.text(g, p, langs).toLowerCase(Locale.ROOT))
                .thenComparing(Node::getURI);
    }

    private void value(Node v) {
        if (v.isURI()) {
            out.append(Html.link(v.getURI(), Labels.text(g, v, langs)));
        } else if (v.isBlank()) {
            properties(v, Set.of());
        } else {
            out.append(escape(v.getLiteralLexicalForm()));
            String lang = v.getLiteralLanguage();
            if (lang != null && !lang.isEmpty())
                out.append(" <span class=\"lang\">").append(escape(lang)).append("</span>");
        }
    }

    /** The acts about the resource, one section per kind of act, one row per act. */
    private void acts(Description d) {
        Map<Node, List<Node>> byKind = new LinkedHashMap<>();
        for (Node act : d.acts()) {
            Node kind = g.find(act, RDF.type.asNode(), Node.ANY).nextOptional().map(Triple::getObject)
                    .orElse(RDF.Nodes.type);
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(act);
        }
        Set<Node> skip = new LinkedHashSet<>(Describer.ACT_LINKS);
        skip.add(RDF.type.asNode());
        for (Map.Entry<Node, List<Node>> e : byKind.entrySet()) {
            out.append("<section>\n<h2>").append(escape(heading(e.getKey()))).append(" (")
                    .append(e.getValue().size()).append(")</h2>\n<table>\n");
            for (Node act : e.getValue()) {
                out.append("<tr><td>").append(Html.link(act.getURI(), Labels.text(g, act, langs))).append("</td><td>");
                properties(act, skip);
                out.append("</td></tr>\n");
            }
            out.append("</table>\n</section>\n");
        }
    }

    private String heading(Node kind) {
        if (Cydip.ParticipationAct.equals(kind))
            return "Treaty status";
        if (Cydip.Vote.equals(kind))
            return "Votes";
        if (Cydip.Position.equals(kind))
            return "Positions";
        String label = Labels.text(g, kind, langs);
        return label.isEmpty() ? label : label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
    }

    private void sources(List<Node> sources) {
        if (sources.isEmpty())
            return;
        out.append("<section>\n<h2>Sources</h2>\n<ul>\n");
        for (Node s : sources) {
            out.append("<li>").append(s.isURI() ? Html.link(s.getURI(), Labels.text(g, s, langs))
                    : escape(Labels.text(g, s, langs)));
            g.find(s, Cydip.url, Node.ANY).forEachRemaining(t -> out.append(" · ")
                    .append(Html.link(t.getObject().getLiteralLexicalForm(), t.getObject().getLiteralLexicalForm())));
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }
}
