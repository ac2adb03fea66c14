package org.w3id.cydip.portability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Result rows made comparable across engines. The normalisation, all of it:
 * <ul>
 * <li>a number of any XSD numeric datatype becomes its value, to 12 significant
 * digits ({@code 3}, {@code "3"^^xsd:int}, {@code 3.0e0} are all {@code 3});
 * <li>{@code xsd:string} literals and simple literals are the same (RDF 1.1);
 * <li>language tags compare case-insensitively;
 * <li>blank nodes compare as "a blank node", their labels being local to each engine;
 * <li>an unbound variable is absent from its row.
 * </ul>
 */
final class Normalised {
    private Normalised() {}

    /** The rows of a result set, each a sorted map from variable to normalised term. */
    static List<String> rows(ResultSet rs) {
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.nextBinding();
            TreeMap<String, String> row = new TreeMap<>();
            b.vars().forEachRemaining(v -> row.put(v.getVarName(), term(b.get(v))));
            rows.add(row.toString());
        }
        return rows;
    }

    static String term(Node n) {
        if (n.isBlank())
            return "_:b";
        if (n.isURI())
            return "<" + n.getURI() + ">";
        if (!n.isLiteral())
            return n.toString();
        String lang = n.getLiteralLanguage();
        if (lang != null && !lang.isEmpty())
            return "\"" + n.getLiteralLexicalForm() + "\"@" + lang.toLowerCase(Locale.ROOT);
        String dt = n.getLiteralDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI()))
            return "\"" + n.getLiteralLexicalForm() + "\"";
        if (n.getLiteralDatatype() instanceof XSDDatatype x && isNumeric(x))
            return number(n.getLiteralLexicalForm());
        return "\"" + n.getLiteralLexicalForm() + "\"^^<" + dt + ">";
    }

    private static boolean isNumeric(XSDDatatype x) {
        return x.getJavaClass() != null && Number.class.isAssignableFrom(x.getJavaClass())
                || x.equals(XSDDatatype.XSDdecimal) || x.equals(XSDDatatype.XSDinteger)
                || x.equals(XSDDatatype.XSDdouble) || x.equals(XSDDatatype.XSDfloat);
    }

    private static String number(String lexical) {
        try {
            BigDecimal d = new BigDecimal(lexical.trim()).round(new MathContext(12));
            return "#" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return "#" + lexical;
        }
    }
}
