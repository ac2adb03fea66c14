package org.w3id.cydip.portability;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Result rows made comparable across engines. The normalisation, all of it:
 * <ul>
 * <li>a number of any XSD numeric datatype becomes its value, to 12 significant
 * digits ({@code 3}, {@code "3"^^xsd:int}, {@code 3.0e0} are all {@code 3}; Oxigraph
 * answers a stored {@code xsd:nonNegativeInteger} as an {@code xsd:integer});
 * <li>{@code xsd:string} literals and simple literals are the same (RDF 1.1);
 * <li>language tags compare case-insensitively;
 * <li>blank nodes compare as "a blank node", their labels being local to each engine;
 * <li>booleans compare by value ({@code "1"^^xsd:boolean} is {@code true}: Virtuoso
 * writes booleans that way);
 * <li>a {@code GROUP_CONCAT} value (also one of a sub-select) compares as the sorted
 * list of its parts, since SPARQL 1.1 leaves the order of the concatenated values undefined;
 * <li>an unbound variable is absent from its row.
 * </ul>
 */
final class Normalised {
    private Normalised() {}

    /**
     * The rows of a result set, each a sorted map from variable to normalised term.
     * {@code concatenated} maps the variables bound to a GROUP_CONCAT to its separator.
     */
    static List<String> rows(Iterator<Binding> rs, Map<String, String> concatenated) {
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            Binding b = rs.next();
            TreeMap<String, String> row = new TreeMap<>();
            b.vars().forEachRemaining(v -> {
                String sep = concatenated.get(v.getVarName());
                Node n = b.get(v);
                row.put(v.getVarName(), sep != null && n.isLiteral() ? unordered(n, sep) : term(n));
            });
            rows.add(row.toString());
        }
        return rows;
    }

    /** The variables of {@code q} bound to a GROUP_CONCAT, with its separator. */
    static Map<String, String> groupConcats(Query q) {
        Map<String, String> out = new HashMap<>();
        // A GROUP_CONCAT of a sub-select keeps its name (and its undefined order) outside it.
        ElementWalker.walk(q.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                out.putAll(groupConcats(sub.getQuery()));
            }
        });
        if (!q.hasAggregators())
            return out;
        VarExprList project = q.getProject();
        for (Var v : project.getVars()) {
            Expr e = project.getExpr(v);
            if (e == null)
                continue;
            for (ExprAggregator agg : q.getAggregators())
                if (e.equals(agg.getAggVar()) || e.equals(agg))
                    separator(agg).ifPresent(sep -> out.put(v.getVarName(), sep));
        }
        return out;
    }

    private static java.util.Optional<String> separator(ExprAggregator agg) {
        if (agg.getAggregator() instanceof AggGroupConcat g)
            return java.util.Optional.of(g.getSeparator() == null ? " " : g.getSeparator());
        if (agg.getAggregator() instanceof AggGroupConcatDistinct g)
            return java.util.Optional.of(g.getSeparator() == null ? " " : g.getSeparator());
        return java.util.Optional.empty();
    }

    private static String unordered(Node n, String sep) {
        List<String> parts = new ArrayList<>(List.of(n.getLiteralLexicalForm().split(Pattern.quote(sep), -1)));
        Collections.sort(parts);
        return "concat" + parts;
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
        if (dt.equals(XSDDatatype.XSDboolean.getURI()))
            return "1".equals(n.getLiteralLexicalForm()) || "true".equals(n.getLiteralLexicalForm()) ? "true" : "false";
        if (n.getLiteralDatatype() instanceof XSDDatatype x && isNumeric(x))
            return number(n.getLiteralLexicalForm());
        return "\"" + n.getLiteralLexicalForm() + "\"^^<" + dt + ">";
    }

    /** XSD's numeric datatypes: decimal, float, double and the types derived from integer. */
    private static final Pattern NUMERIC = Pattern.compile(XSDDatatype.XSD
            + "#(decimal|float|double|integer|(non)?(Positive|Negative)Integer|nonNegativeInteger|nonPositiveInteger"
            + "|positiveInteger|negativeInteger|(unsigned)?(Long|Int|Short|Byte)|long|int|short|byte)");

    private static boolean isNumeric(XSDDatatype x) {
        return NUMERIC.matcher(x.getURI()).matches();
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
