package org.w3id.cydip.ingest;

import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Dates at the precision the source gives: a day, a month or a year, never padded. */
public final class Dates {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private Dates() {}

    /** The date literal of {@code column}, or null when the cell is blank. */
    public static Node of(Row row, String column) {
        String v = row.get(column);
        if (v.isEmpty())
            return null;
        Node n = parse(v);
        if (n == null)
            throw row.error(column, "not a date (YYYY-MM-DD, YYYY-MM or YYYY): \"" + v + "\"");
        return n;
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear for {@code v}, or null if it is none of them. */
    public static Node parse(String v) {
        if (DAY.matcher(v).matches())
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        if (MONTH.matcher(v).matches())
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYearMonth);
        if (YEAR.matcher(v).matches())
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYear);
        return null;
    }

    /** The year of {@code column} as xsd:gYear; the cell must be a four-digit year. */
    public static Node year(Row row, String column) {
        String v = row.required(column);
        if (!YEAR.matcher(v).matches())
            throw row.error(column, "not a year (YYYY): \"" + v + "\"");
        return NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYear);
    }
}
