package org.w3id.cydip.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.w3id.cydip.publish.Html;

/** Turns graph values into {@link Cell}s in one page language: IRIs by their labels, links kept safe. */
final class Cells {
    private final LabelIndex labels;
    private final PageLanguage lang;
    private final String linkSuffix;

    /** Cells in {@code lang}; {@code linkSuffix} ({@code ?lang=fr} or nothing) is added to links to this site. */
    Cells(LabelIndex labels, PageLanguage lang, String linkSuffix) {
        this.labels = labels;
        this.lang = lang;
        this.linkSuffix = linkSuffix;
    }

    private String local(String href) {
        return href != null && href.startsWith("/") ? href + linkSuffix : href;
    }

    PageLanguage language() {
        return lang;
    }

    LabelIndex labels() {
        return labels;
    }

    Cell of(Node n) {
        if (n == null)
            return null;
        if (n.isURI()) {
            Label l = labels.label(n, lang);
            return new Cell(l.text(), l.lang(), l.dir(), l.fallback(), local(Html.href(n.getURI())), n.getURI());
        }
        if (n.isLiteral()) {
            String text = n.getLiteralLexicalForm();
            String tag = n.getLiteralLanguage();
            String lt = tag == null || tag.isEmpty() ? null : tag;
            String href = XSDDatatype.XSDanyURI.getURI().equals(n.getLiteralDatatypeURI()) ? local(Html.href(text)) : null;
            return new Cell(text, lt, new Label(text, lt, false).dir(), false, href, text);
        }
        return new Cell("(…)", null, null, false, null, n.toString());
    }

    /** A plain text cell (no link, no language of its own). */
    static Cell text(String s) {
        return s == null ? null : new Cell(s, null, null, false, null, s);
    }

    /** The sources of a row, from a space-separated list of IRIs (a GROUP_CONCAT), labelled. */
    List<Cell> list(Node concatenated) {
        String s = Table.text(concatenated);
        if (s == null || s.isBlank())
            return List.of();
        return java.util.Arrays.stream(s.trim().split("\\s+"))
                .map(iri -> of(org.apache.jena.graph.NodeFactory.createURI(iri))).toList();
    }

    /** A row's cells, with its {@code sources} column (a GROUP_CONCAT of IRIs) as a list of links. */
    Map<String, Object> withSources(Map<String, Node> r) {
        Map<String, Object> row = new LinkedHashMap<>(row(r));
        row.put("sources", list(r.get("sources")));
        return row;
    }

    /** Every row of {@code table} as cells by column. */
    List<Map<String, Cell>> rows(Table table) {
        return rows(table.rows());
    }

    List<Map<String, Cell>> rows(List<Map<String, Node>> rows) {
        return rows.stream().map(this::row).toList();
    }

    Map<String, Cell> row(Map<String, Node> row) {
        Map<String, Cell> m = new LinkedHashMap<>();
        row.forEach((k, v) -> m.put(k, of(v)));
        return m;
    }
}
