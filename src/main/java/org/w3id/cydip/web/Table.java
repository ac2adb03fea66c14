package org.w3id.cydip.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * The rows of a SELECT, materialised: column names and, per row, the value of
 * each bound column. {@code total} counts every row even when only the first
 * ones were kept.
 */
public record Table(List<String> columns, List<Map<String, Node>> rows, int total) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static Table empty() {
        return new Table(List.of(), List.of(), 0);
    }

    /** The rows whose {@code column} holds the literal or IRI {@code value}. */
    public List<Map<String, Node>> where(String column, String value) {
        return rows.stream().filter(r -> value.equals(text(r.get(column)))).toList();
    }

    public long count(String column, String value) {
        return rows.stream().filter(r -> value.equals(text(r.get(column)))).count();
    }

    /** A value as text: a literal's lexical form, an IRI, or null. */
    public static String text(Node n) {
        if (n == null)
            return null;
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : Objects.toString(n);
    }
}
